10 min late hoon, standup shuru kar lo mere bina
फ्री हो तो मेरी डेस्क पे आना एक बार
Sharma ji ne 2 baje ki meeting cancel ki ya hai abhi?
us mail pe reply all karna band karo yaar, boss gussa ho rahe hain 😂
फ्रिज से मेरा दही किसने लिया??
PPT shared drive pe hai, slide 12 ke numbers baaki hain
शनिवार की शिफ्ट कर लोगे मेरी? मंगलवार मैं कर दूँगा
dusri manzil ka printer phir se atak gaya
lunch mein saamne wale dhabe chalein?
मैं महीने के आखिर में रिज़ाइन कर रहा हूँ, अभी किसी को मत बताना
aaj bukhar hai, chhutti le raha hoon, mail baad mein dekhunga
रात 9 के बाद ऑफिस के काम के लिए WhatsApp मत करना प्लीज़, Teams पे डाल देना
promotion ki badhai!! Friday ko party?
call chhod raha hoon, school se phone aa raha hai
शुक्रवार शाम 5 बजे की मीटिंग अब बंद करो, हाथ जोड़ती हूँ
wifi phir se gaya
invoice bhej diya, PO number galat ho to batana
नमस्ते, मैं 302 से हूँ, आपका पार्सल हमारे यहाँ आ गया है
aapka kutta phir bahar aa gaya, hamare aangan mein hai, tension mat lo
कृपया मेरे गेट के सामने गाड़ी खड़ी करना बंद करें, सुबह निकल नहीं पाया
aapke yahan bhi light gayi hai kya?
मम्मी का कूड़ा नीचे रखने के लिए शुक्रिया
shaniwar ko ghar pe puja hai, thoda shor hoga, maaf kijiye
सीढ़ी एक घंटे के लिए मिल सकती है?
society ki meeting phir se postpone ho gayi
हम 20 तारीख तक बाहर हैं, डाक देख लेंगे प्लीज़?
kabhi bhi aa jao, bahut saare paranthe bana liye
अब और लौकी मत भेजना प्लीज़, पिछले हफ्ते की अभी बची है 😄
secretary bol rahe the May mein building ka paint hoga
ऑफिस में देर हो तो बच्चे स्कूल के बाद हमारे यहाँ आ सकते हैं
gas kisne on chhod di?
pizza mangwa raha hoon, chahiye?
किराया शुक्रवार तक, अपना हिस्सा GPay कर देना
sink mein teen din bartan chhodna band karo please
मकान मालिक मंगलवार 10 बजे गीज़र देखने आएँगे
toilet paper khatam. bartan ka sabun bhi. sab khatam
मेरा खाना खाना बंद करो, अब डिब्बों पे नाम लिखूँगी
ghar pe ho? chaabi bhool gayi
Netflix band kar raha hoon, koi dekhta hi nahi
रात 3 बजे दरवाज़ा बंद किया या नहीं पूछना बंद करो 😂
smoke alarm phir beep kar raha hai, battery hogi
इस वीकेंड मैं नहीं हूँ, जयपुर में कज़िन की शादी है
sofa pe ye Kevin kaun hai?
इस हफ्ते बाथरूम की सफाई तुम्हारी
wifi ka bill phir badh gaya, 100 rupaye zyada
रविवार दोपहर नानी के घर खाना है, कुछ लेकर आना
mummy minion wale stickers bhejna band karo 😂
गाँव वाले घर की चाबी किसके पास है?
papa aapka phone jeb se phir call kar raha hai
बुआ जी जन्मदिन की बहुत बधाई!! 🎂🎉
meri train 6:40 pe New Delhi pahunchegi, koi lene aa sakta hai?
फैमिली ग्रुप में पॉलिटिक्स पे लड़ना बंद करो सब
aaj bachchon ko main le aaungi, tum mat jaana
दादाजी का ऑपरेशन ठीक रहा, अभी से हॉस्पिटल के खाने की शिकायत कर रहे हैं
Anaya ka annual function 7 baje hai, late mat hona
इस दिवाली खाने पे राजनीति की बात नहीं, सीरियसली
topi wale kutte ki photo bhejo
मम्मी आपकी ऑटोकरेक्ट वाली गलती पे हँसी नहीं रुक रही
chacha ji ka naya number kisi ke paas hai?
मैं छोले बनाऊँगी, कोई मीठा ले आना
Riya ko bolo mujhe call kare
निकल गया हूँ, रिंग रोड पे भयंकर जाम है
machhliyon ko khana kisne diya?
मेरी नौकरी लग गई!!
papa group mein STOP likhne ki zarurat nahi, hum hi hain 😂
दादी पूछ रही हैं कि फोन में स्टोरेज फुल क्यों लिख रहा है
kursiyan main le aaunga
सबको प्यार, आराम से गाड़ी चलाना
raste mein petrol bharwa lena, colony wala pump band hai
मामा जी नहीं आ रहे, फिर से कमर दर्द
mummy meri bachpan ki photos Facebook pe daalna band karo 😭
नमस्ते, कल 1 से 3 बजे के बीच प्लंबर आएगा
kitchen sink ke neeche se phir paani tapak raha hai
मार्च का किराया भेज दिया है, कन्फर्म कर दीजिए
गुरुवार सुबह 9 से 11 पानी बंद रहेगा
washing machine ka dryer band ho gaya, bas click karta hai
क्या मैं बेडरूम में हल्का ग्रे पेंट करवा सकता हूँ?
yaad dila doon, agreement 30 June ko khatam ho raha hai, renew karenge?
कृपया आने से एक दिन पहले बता दिया करें, एग्रीमेंट में लिखा है
heater bilkul kaam nahi kar raha, ghar mein bahut thand hai
transfer ho gaya hai Bangalore, jaldi ghar khali karna hai, kitna penalty lagega?
लेट फीस कल भर दी थी, अब बार बार मैसेज मत कीजिए
security deposit mil gaya, dhanyavaad!
घर खाली करने की जाँच सोमवार को कर लें?
aaj shaam ka plan pakka?
बस कर, हँस हँस के पेट दुख गया
us chaat wale ki yaad aa rahi hai
मूवी 8:15 की है, टिकट ले ली
ghar pahunch ke msg kar dena
एक हफ्ते से चीनी छोड़ी है, हालत खराब है
ab kabhi tequila nahi, kasam se
गाड़ी चलाते हुए मैसेज मत करना, लंच में कॉल करता हूँ
wahan thand hai? jacket le aaun?
फ्री होके कॉल करना
gaadi kahan park ki?
जिम की मेंबरशिप कैंसिल की? मेरे तो महीनों तक पैसे कटते रहे
aaj 40 newsletters se unsubscribe kiya, sukoon mila
ठीक है, 6 बजे मिलते हैं
metro band ho gayi thi to paidal aaya
वेट के पास हूँ, ब्रूनो ने मोज़ा खा लिया
bhai 5 minute ke voice note band kar, type kar
ऑफिस में रील्स भेजना बंद कर, ज़ोर से हँसी निकल जाती है
kahan ho?
सॉरी, कॉल मिस हो गई
zinda hai?
गुरुवार को हमारे घर लूडो नाइट
concert cancel ho gaya, paise wapas denge bol rahe
5 मिनट में पहुँचता हूँ
