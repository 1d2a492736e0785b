# Hindi replies: Hinglish (रोमन), NRI/खाड़ी के कामगार, छात्र, बहुत औपचारिक हिंदी, कम पढ़े-लिखे, ऑटोकरेक्ट
@zw-mix
o STOP karo please
o स्टॉप
o मैसेज बंद करो
o कृपया मैसेज भेजना बंद करें
o मुझे और मैसेज मत भेजो
o unsubscribe कर दो
o mera number list se hata do, shukriya
o msg band karo yaar
o bas karo, stop
o अब मैसेज नहीं चाहिए, thank you
o मेरा नंबर हटा दीजिए
o band karo ye messages
@zw-translit
o mujhe message mat bhejo
o sms band kar do please
o mat bhejo ab
o mera naam list se nikaal do
@zw-lowlit
o msg mt bhejo
o band kro
o sms nahi chaiye
o मेसेज मत भेजना मुजे समज नही आता
o इस्टॉप
o istop
@zw-formal
o आपसे विनम्र निवेदन है कि मेरे मोबाइल नंबर पर संदेश भेजना तत्काल प्रभाव से बंद करें। धन्यवाद
o महोदय, कृपया मेरा नंबर अपनी सूची से हटाने की कृपा करें।
o मैं एसएमएस प्राप्त करने की अपनी सहमति वापस लेता हूँ।
o Respected sir, kindly band kar dijiye sms service on this number
@zw-autocorrect
o Stop stop band karo
o Band Karo
o गलत नंबर है, मैं रमेश नहीं हूँ, मेरा नंबर हटा दो
o मैं अब दुबई में नहीं रहता, इस नंबर पर मैसेज मत भेजो
o ये मेरी माँ का फोन है, उन्हें अंग्रेज़ी नहीं आती, मैसेज बंद करो
o Unsubscribe kardo bhai
@zw-scope
m offer wale msg mat bhejo, delivery ka update chalega
m विज्ञापन वाले मैसेज बंद करो
m promo band karo, OTP aane do
m डिस्काउंट के मैसेज नहीं चाहिए, बिल वाले भेजते रहो
m marketing sms band kar do please
m सेल वाले मैसेज अब नहीं चाहिए
m मुझे प्रचार संबंधी संदेश न भेजें। खाते से जुड़ी सूचनाएँ जारी रख सकते हैं।
@zw-optin
i हाँ
i haan ji
i START please
i शुरू करो
i फिर से मैसेज भेजना शुरू करें
i subscribe kar do
i galti se stop kar diya, phir se chalu karo
i मैं वापस आ गया हूँ, अब मैसेज भेज सकते हैं
i resume kar do
i हाँ जी धन्यवाद
i dobara shuru karo
i सब्सक्राइब
i continue karo
@zw-help
h मदद
h madad chahiye please
h HELP please ji
h सहायता
h मदद कीजिए
h INFO please ji
h help karo
h madad
h जानकारी
@zw-lookalike
n मंगलवार का अपॉइंटमेंट कैंसिल करना है, गाँव जा रहा हूँ
n mera order cancel kar do, do baar ho gaya
n सेल कब शुरू होगी?
n kal office ke baad dukaan pe aata hoon
n बस स्टॉप मेडिकल के सामने है क्या?
n reminder band mat karna, visa ke liye chahiye
n आप कौन?
n English samajh nahi aati, Hindi mein bhej sakte ho?
n ये मेरे SBI खाते के बारे में है?
n bill already pay kar diya, phir kyun aa raha hai
n ok dhanyavaad
n ठीक है, गुरुवार को मिलते हैं
n 3 बजे कन्फर्म
n Liked "आपका OTP 6621 है। बंद करने के लिए STOP भेजें"
n ye number WhatsApp wala hi hai?
n link khul nahi raha
n बेटी दवाई लेने आएगी, चलेगा?
n gym membership cancel karne ka kitna lagega?
n office mein call mat karo, sms theek hai
n delivery ek hafte rok sakte ho? bahar hoon
n बहुत धन्यवाद, भगवान भला करे
n order mein bread nahi chahiye, sirf doodh
n आज कितने बजे तक खुला है?
n card expire ho gaya, agle hafte pay karunga
n बच्चों के टीके की जानकारी मिलेगी?
n mahine ke end tak payment ho jayega
n cash mein de sakte hain?
n parcel abhi tak nahi aaya, kahan hai?
n शुक्रवार तक छुट्टी पर हूँ, तारीख बदल सकते हैं?
n bas itna batao ki kitne baje aana hai
