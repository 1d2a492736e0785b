%% Hindi person-to-person texts, Devanagari and Hinglish.
आ रहा हूँ
10 मिनट लेट हूँ सॉरी
कहाँ हो?
क्या कर रहे हो
कुछ नहीं तुम बताओ
बस करो हँसा हँसा के मार डालोगे 😂
बस कर यार शर्मा गई
माँ क्लास में मैसेज मत करो
अभी मैसेज मत करना गाड़ी चला रहा हूँ
मुझे अकेला छोड़ दो सो रहा हूँ
बस अब मीम्स बंद करो साँस नहीं आ रही
चलो फोन बंद 9 बजे सोना है
खाने से पहले मिठाई नहीं
मैंने आज नौकरी छोड़ दी!!!
पापा ने आखिरकार सिगरेट छोड़ दी
बारिश की वजह से मैच कैंसल हो गया
डेंटिस्ट की अपॉइंटमेंट कैंसल कर देना
फिल्म 11 बजे खत्म होगी
पेट्रोल पंप पे रुकना
शाम को आओगे?
ऑफिस के बाद नानी के घर जाऊँगा
बस फिर से स्टॉप पे नहीं रुकी
पहुँच के बताना
जन्मदिन मुबारक छोटी 🎉
आज खाने में क्या है
पता नहीं तुम बताओ
बहुत थक गया
मैं भी
शुभ रात्रि 😴
सुप्रभात ☀️
कुत्ते को खाना दिया?
कचरा बाहर रख दो
मेरा बचा खाना किसने खाया
मैंने नहीं
मम्मी 4 बजे लेने आओगी?
दादी बोल रही हैं फोन करो
होमवर्क किया?
हाँ मम्मी कर लिया
बार बार मत पूछो होमवर्क किया या नहीं 🙄
चलो इस बात पे लड़ना बंद करते हैं
आज के लिए बस कल बात करते हैं
बर्तन सिंक में छोड़ना बंद करो
बारिश रुक ही नहीं रही
इस हफ्ते से तंग आ गया हूँ
आज बहुत चाय पी ली तुमने
कोई बहाना नहीं कल जिम
जल्दी फोन करो
फोन उठाओ
बैटरी खत्म हो गई थी
तुम्हारी चाबी यहीं रह गई
10 बजे तक घर आ जाना
बिजली का बिल भरा?
पिज़्ज़ा के पैसे UPI कर दो
भेज दिए
याद आ रही है
ध्यान से गाड़ी चलाना
घर पहुँच गया
शुभ रात्रि जान
मम्मी वॉट्सऐप पे ये फॉरवर्ड भेजना बंद करो 😂
दरवाज़ा खुला रखना चाबी नहीं है
टेबल पे रख दो
मैंने फ्लाइट कैंसल कर दी एक हफ्ता और रुकूँगी
कल स्कूल बंद है??
कॉन्सर्ट कैंसल हो गया दिल टूट गया
अच्छा ठीक है तुम जीते
ग्रुप में चिल्लाना बंद करो हाहा
क्या तुम साढ़े तीन बजे बच्चों को ले आओगे पूर्ण विराम धन्यवाद
मम्मी मुझे पता है आप चिंता करती हो पर हर घंटे फोन करना बंद करो मैं 22 साल की हूँ सब ठीक है घर पहुँच के मैसेज कर दूँगी
नई नौकरी की बधाई!!
फोटो भेजो
कितना प्यारा
kaha ho
bas 5 min aa raha hu
kya kar rahi ho
kuch nahi yaar bore ho rahi hu
love u jaan
arre bas kar 😂 pet dukh gaya
stop it yaar sharma rahi hu
exam ke time msg mat karna baad me call karta hu
mujhe akela chhod do thodi der
chup kar aur so ja
bas bahut ho gaya memes band kar
bhai ne finally smoking chhod di
bathroom se bahar niklo yaar
netflix cancel kiya ya main karu
aaj dinner cancel kare? thak gayi hu
gym ka membership band karna hai loot hai
maine saare youtube channels unsubscribe kar diye lol
movie khatam hone me 1 ghanta hai
khatam tata bye bye
shift kitne baje start hai
match 7 baje start hai late mat hona
landed ✈️ bhai
happy bday behna 🎉🎉
biryani?
tu decide kar
bahut thak gaya yaar
gn sweet dreams
gm bhai
mera tiffin kisne khaya
maine nahi khaya
pakka rohan ne khaya
papa gaadi me phir se awaaz aa rahi hai
haan mummy kar raha hu
baar baar mat pucho homework ka 🙄
gudgudi mat kar yaar
agar tu nahi ruka to mummy ko bolunga
wo series dekhna band hi nahi ho raha
phone bajna band hi nahi ho raha
is hafte se pak gaya hu
drama mat kar yaar
breakup ho gaya
game over haar gaye
tu yakeen nahi karega
hoodie de de apni
kaha hai abhi
wifi phir se gaya
pizza ke paise gpay kar de
party kitne baje hai
9 baje ke aas paas
chips le aana
miss u yaar
ghar pahunch ke bata
mummy whatsapp pe good morning forwards band karo 😂
nanaji family group me sabko reply mat karo
promise ab is baat pe pareshan nahi karunga
group chhod diya bahut msgs aate the
call kaat main karta hu
flipkart ne order cancel kar diya 😡
ola cancel kar de koi chhod dega
GROUP ME CHILLANA BAND KAR haha
SORRY CAPS LOCK ON THA
kal raat tune jo bola uske baare me socha tu sahi hai trip ko aur taalna band karte hai aur tickets book kar lete hai mehenge hone se pehle kya bolta hai
proud of u yaar
sunday ko lunch hamare ghar?
is weekend nahi ho payega
