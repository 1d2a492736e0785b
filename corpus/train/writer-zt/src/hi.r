@bank
oa बैलेंस अलर्ट बंद करो
oa मेरा SBI खाता बंद हो गया है, अब बैलेंस वाले SMS मत भेजिए
oa bank wale msg bhejna band karo please
oa मैं आपका ग्राहक नहीं हूँ, मेरा नंबर हटा दीजिए
om ट्रांजैक्शन अलर्ट चालू रखें, लेकिन लोन और क्रेडिट कार्ड के ऑफर बंद करें
om personal loan ke offer mat bhejo bas, alerts theek hai
i अलर्ट फिर से चालू करो
i galti se STOP bhej diya, HDFC ke alerts wapas chalu kar do
h सहायता
n अभी का 2,499 रुपये का Flipkart वाला पेमेंट मैंने ही किया है
n ye transaction maine nahi kiya, card turant block karo
n अलर्ट की लिमिट 5000 कैसे करूँ?
n kal wala UPI galat number pe chala gaya, wapas ho sakta hai?

@delivery
h HELP delivery
oa डिलीवरी अपडेट बंद करें
oa parcel to pichle hafte mil gaya, ab msg mat karo
oa यह मेरा ऑर्डर नहीं है, Delhivery के मैसेज मत भेजो
om tracking wale msg thik hai, sale wale bhejna band karo
i Blue Dart ke updates dobara chalu karo, ek aur parcel aane wala hai
n मेरा पार्सल कहाँ है?
n order cancel karo, bahut late ho raha hai
n गार्ड के पास छोड़ देना
n delivery boy ne likha customer not available, main poore din ghar pe tha
n कल दिवाली है, डिलीवरी होगी क्या?
n address change ho sakta hai? ab Noida shift ho gaye

@school
oa बच्चे का स्कूल बदल गया है, कृपया स्कूल के मैसेज की लिस्ट से मेरा नंबर हटा दें
oa canteen menu wale msg ab nahi chahiye
oa गलत नंबर है, मेरा कोई बच्चा इस स्कूल में नहीं है। नंबर हटा दीजिए
i हाँ, छुट्टी वाले नोटिस फिर से भेजना शुरू करें
n कल बारिश की वजह से स्कूल बंद है क्या?
n आज आरव को बुखार है, वो नहीं आएगा
n शुक्रवार का picnic kitne baje khatam hoga?
n छुट्टी वाले मैसेज बंद मत करना, बहुत काम आते हैं
n आप कौन?

@pharmacy
h सहायता चाहिए
oa दवाई रिमाइंडर बंद
oa maine pharmacy badal li, refill reminder ab nahi chahiye
oa दवाई मम्मी की थी, वो अब नहीं रहीं। कृपया मैसेज मत भेजिए
om दवा तैयार होने का मैसेज भेजें, डिस्काउंट कूपन नहीं
i रिमाइंडर दोबारा शुरू करें
i जारी रखें
n मेरी दवा आ गई क्या?
n doctor ne dose badal di, is baar ka refill cancel karo
n रात 9 बजे के बाद ले सकते हैं?
n Dolo 650 stock mein hai kya?

@weather
oa मौसम अलर्ट बंद करो
oa main Pune shift ho gaya, Delhi ke heatwave alert ki zarurat nahi
oa विदेश में हूँ, कुछ दिन मौसम वाले मैसेज रोक दीजिए
i हाँ, IMD के अलर्ट फिर से भेजिए
h help mausam
n ऑरेंज अलर्ट अभी भी है क्या?
n shaam tak baarish rukegi kya?
n धन्यवाद, अलर्ट बहुत काम के हैं

@sports
oa cricket score alert band karo
oa RCB के विकेट वाले अलर्ट अब नहीं चाहिए, धन्यवाद
om score bhejte raho, ticket wale offer band karo
i स्कोर अलर्ट सब्सक्राइब
i IPL alerts wapas chalu karo please
h सहायता स्कोर
n मैच में क्या हुआ, कौन जीता?
n रविवार को मुंबई इंडियंस का मैच कितने बजे है?
n ground pura paani se bhara tha, umpire ko match rok dena chahiye tha

@loyalty
om विज्ञापन बंद करो
om promotional msg mat bhejo yaar
om ऑफर वाले मैसेज नहीं चाहिए, सिर्फ बिल भेजिए
oa बंद करो
oa band karo
oa रोको
oa मैसेज बंद करो प्लीज़
oa unsubscribe kar do
oa मुझे अपनी लिस्ट से हटा दो
oa maine kabhi sign up nahi kiya. STOP karo
oa अब मुझे कोई मैसेज मत भेजना
oa unsubscribe kaise karein?
oa बस करो
oa गलत नंबर है, इस नंबर पर मैसेज मत भेजो
oa sab band karo
i हाँ
i मुझे सब्सक्राइब करना है
i DMart ke offers phir se chahiye
i मैसेज फिर से भेजना शुरू करो
h help chahiye please
h सहायता कृपया
h सहायता ऑफर
n यह कौन सा प्रोग्राम है?
n mere kitne points hain?
n काउंटर पर कूपन नहीं चला
n क्या यह डिस्काउंट ऑनलाइन भी मिलेगा?
n guruvaar ka appointment cancel karna hai, nahi aa paunga
n नमस्ते, याद दिलाने के लिए धन्यवाद, कल ही ले लिया था
n ok thank you ji
n unsubscribe nahi karna, mujhe aapke offers pasand hain haha
n ye msg kis company ka hai?
