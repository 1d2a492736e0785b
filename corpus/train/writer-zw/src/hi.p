# Hindi p2p: देवनागरी + Hinglish
मम्मी मैं टोरंटो पहुँच गई, सब ठीक है, कल फोन करूँगी
beta khana time pe kha lena, sirf maggi mat khana
पापा चिंता करना बंद करो, यहाँ ठंड है पर मैं ठीक हूँ
paise Wise se bhej diye, aa jaye to batana
दादी को बोलना संडे को वीडियो कॉल करूँगा
mummy ye good morning wale forward bhejna band karo 😂
एम्बेसी का इंटरव्यू 14 को है, दुआ करना
मासी, राजमा की रेसिपी फिर से भेज दो
दिल्ली वाली फ्लाइट कैंसिल हो गई, अब सोमवार को पहुँचूँगा
kal subah message mat karna, 8 baje exam hai
नए पपी की फोटो भेजो
tera cousin march mein Sydney aa raha hai, tere paas ruk sakta hai?
मम्मी शादी की बात अब बस करो
bag mein achaar mat daalna ab, customs ne nikaal diya tha
यहाँ रात के 3 बजे हैं, टाइम डिफरेंस मार रहा है
semester ke baad night shift chhod dunga, promise
महीने के आखिर में यहाँ की पहली सैलरी आएगी
Dubai jao to mama ji ke ghar ho aana, papers unke paas hain
तुम्हारे हाथ का खाना बहुत याद आता है
happy birthday papa, janamdin mubarak, sorry main wahan nahi hoon
wifi bekaar hai, call ki jagah message karta hoon
बाहर कार्ड इस्तेमाल किया तो बैंक ने ब्लॉक कर दिया
voice note bhejna band mat karna, aapki awaaz achhi lagti hai
फिर से दूध किसने खत्म किया
yaar sink mein bartan chhodna band kar, teen din ho gaye
किराया शुक्रवार तक, मैं अपना हिस्सा UPI कर दूँगा
landlord 10 baje geyser theek karne aayega
इस हफ्ते कामवाली को मना कर दो, मैं खुद कर लूँगा
aaj dal makhani bana raha hoon, khaoge?
मेरा ओट मिल्क चुराना बंद करो 😤
raat 12 ke baad itna tez gaana mat bajao, kal class hai
किसी ने दरवाज़ा खुला छोड़ दिया
toilet paper hai ya le aaun?
कचरा मंगलवार रात को बाहर रखना है, बुधवार नहीं
weekdays mein ab koi party nahi, padosi ne complain kiya
देर से आऊँगा, खाने पर इंतज़ार मत करना
aate hue ande le aana, paise de dunga
तुम्हारा पार्सल आ गया, अंदर रख दिया
june end mein shift kar raha hoon, pehle bata raha hoon
सोफे पर सो रहा लड़का कौन है??
lease august mein khatam ho rahi hai, renew karein?
गरम पानी वापस आ गया!
chal theek hai, apna Netflix cancel karke tera use karunga
चावल खत्म हो गए, इंडियन स्टोर से बड़ा बैग ले आऊँगा
assignment aaj raat tak hai ya monday?
सर ने आज की क्लास कैंसिल कर दी, मेल चेक करो
thursday ke notes bhej de, main bimaar tha
4 बजे लाइब्रेरी में ग्रुप मीटिंग?
stats wala course drop kar raha hoon, bahut tough hai
घबराना बंद करो, ओपन बुक एग्ज़ाम है
project upload kar diya kya?
सेमिनार 6 बजे खत्म होगा, फिर खाना खाने चलें?
ab raat bhar nahi padhunga, kasam se
कंक्लूज़न कौन लिखेगा?
charger lene tere room pe aata hoon
ग्रुप में अब मत लिखो, उसने म्यूट कर रखा है वैसे भी
lab cancel ho gaya, machine kharab hai
इंटरनेशनल स्टूडेंट्स वाली पार्टी में चलोगे?
bas aaj ke liye itna padhna kaafi hai, dimaag kaam nahi kar raha
स्टॉप पर खड़ा हूँ, बस फिर लेट है
saturday se project shuru karte hain
अगले हफ्ते से एग्ज़ाम हैं, कोई तैयारी नहीं
deadline friday tak badh gayi!!
10 मिनट लेट हूँ, मेट्रो बीच में रुक गई
saturday ki shift cover kar dega? citizenship test hai
मैनेजर ने कहा आज जल्दी जा सकते हैं
meeting cancel, sir bimaar hain
दो हफ्ते में जॉब छोड़ रहा हूँ, अभी किसी को मत बताना
har mail mein CC karna band kar yaar haha
अगले हफ्ते का रोस्टर भेज दोगे?
printer phir se atak gaya
शिफ्ट खत्म, निकल रहा हूँ, कल मिलते हैं
fridge se mera tiffin kisne khaaya
इस महीने अब ओवरटाइम नहीं, नींद चाहिए
client ko report aaj hi chahiye
timesheet sahi bhari hai kya dekh lo, form samajh nahi aaya
छुट्टी के दिन मैसेज मत करना, ज़रूरी हो तो कॉल करना
coffee machine theek ho gayi
डबल शिफ्ट की वजह से डेंटिस्ट कैंसिल करना पड़ा
salary thursday ko aati hai na?
वो फिर से भर्ती कर रहे हैं, अपनी कज़िन को बोलो अप्लाई करे
English mail mein help karne ke liye thanks
1 बजे लंच के लिए रुकें?
itna kaam mat kar, hum sab aalsi lagte hain
ठीक है, 7 बजे
kahan hai tu
रास्ते में हूँ, बहुत ट्रैफिक है
haha haan pata hai
उम्मीद है संडे को जीतेंगे
charger mat bhoolna
सॉरी कॉल मिस हो गई, मेट्रो में था
bas aaj ke liye itna, sone ja raha hoon
शुभ रात्रि
wifi ka password kya tha
फाइनल देखा? कमाल था
chhodo, chaabi mil gayi
चलो अब झगड़ा बंद करते हैं, सॉरी
ab aur chai nahi, haath kaanp rahe hain
बस कर, लाइब्रेरी में हँसी आ रही है
kya khayein, biryani ya Korean?
फोन सब कुछ इंग्लिश में ऑटोकरेक्ट कर देता है, गलतियाँ इग्नोर करो
gym ki membership cancel kar di phir bhi paise kat rahe hain
आखिरकार रेज़िडेंस परमिट मिल गया!!!
baby ne rona band kar diya, so gaya
भैया दिवाली पर घर आ रहे हो ना?
Eid mubarak ammi, bahut yaad aa rahi hai
