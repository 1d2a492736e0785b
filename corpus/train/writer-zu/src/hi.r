%% Hindi replies: Devanagari and romanised Hinglish, hurried typing and dictation.
@inbox-typed
O बंद करो
O मैसेज बंद करो
O मुझे मैसेज मत भेजो
O अब और मैसेज नहीं चाहिए
O मेरा नंबर हटाओ
O लिस्ट से मेरा नाम हटा दो
O ये मैसेज कैसे बंद होंगे??
O गलत नंबर है, मत भेजो
O बस करो यार बंद करो
O मैंने कभी सब्सक्राइब नहीं किया बंद करो
O अनसब्सक्राइब
O स्टॉप
O सब बंद करो
O परेशान मत करो मैसेज भेजना बंद करो
@inbox-hinglish
O band karo
O msg band karo plz
O message mat bhejo
O mat bhejo yaar
O bas karo bhai stop
O mera number hatao
O list se hatao mujhe
O unsubscribe karna hai
O kaise band karu ye msgs
O galat number hai bhai mat bhejo
O main rahul nahi hu wrong number hatao
O roz roz msg bhejna band karo
O DND chahiye
O stop kar do sab
O bhejna band karo
@inbox-voice
O कृपया मुझे और मैसेज मत भेजिए पूर्ण विराम
O बंद करो पूर्ण विराम धन्यवाद
O नमस्ते मुझे नहीं पता आपको मेरा नंबर कहाँ से मिला लेकिन रोज़ पाँच छह मैसेज आते हैं प्लीज़ मेरा नंबर अपनी लिस्ट से हटा दीजिए
@inbox-typed
M ऑफर वाले मैसेज बंद करो
M विज्ञापन मत भेजो
M प्रमोशन नहीं चाहिए
M सिर्फ डिलीवरी अपडेट भेजो, ऐड नहीं
@inbox-hinglish
M offers wale msg band karo
M promo mat bhejo
M ads nahi chahiye bhai
@inbox-voice
M appointment reminder bhejte raho lekin offer wale messages band kar do please
@inbox-typed
I हाँ
I हाँ जी भेजिए
I शुरू करो
I फिर से मैसेज भेजो
I सब्सक्राइब करो
I मैसेज दोबारा चालू करो
@inbox-hinglish
I haan
I haan ji
I start karo
I phir se bhejo msg
I subscribe kar do
I dobara chalu karo alerts
I resume karo plz
@inbox-voice
I मुझे फिर से नोटिफिकेशन चाहिए कृपया चालू कर दीजिए
@inbox-typed
H मदद
H मदद चाहिए
H हेल्प
H मदद करो प्लीज़
@inbox-hinglish
H madad
H madad chahiye plz
H help karo plz
@inbox-voice
H मदद पूर्ण विराम
@inbox-typed
N आप कितने बजे बंद होते हो
N मुझे ऑर्डर 62918 कैंसल करना है
N मंगलवार की अपॉइंटमेंट कैंसल कर दो
N ये कल के लिए है?
N सेल कब शुरू होगी
N डिस्काउंट कब तक है
N ठीक है धन्यवाद
N अच्छा
N कौन?
N हाहाहा
N पार्सल अभी तक नहीं आया
N डिलीवरी वाला घर पे रुका ही नहीं
N दो बार पैसे कटना बंद करो!!
N हाँ, गुरुवार की अपॉइंटमेंट कन्फर्म है
N कन्फर्म
N UPI से पे कर सकते हैं?
N कूपन कोड नहीं चल रहा
N नोटिफिकेशन बंद मत करना, काम के हैं
N गलत नंबर सॉरी
N ये फ्रॉड है क्या?
N मैंने कुछ ऑर्डर नहीं किया
N मेरा पार्सल दो हफ्ते से नहीं आया
N लिंक नहीं खुल रहा
@inbox-hinglish
N kitne baje tak khula hai
N order cancel karna hai 44107
N kal ki appointment cancel kar do
N ok thik hai
N kaun bol raha hai
N parcel kab aayega
N paytm se pay ho jayega?
N refund kab milega yaar
N bus sector 18 pe rukti hai kya
N cod available hai?
N plan cancel kaise hota hai jio ka
@inbox-voice
N मैं चार बजे तक पहुँच जाऊँगा पूर्ण विराम धन्यवाद
N namaste maine M size mangwaya tha lekin L aa gaya exchange kaise karu refund nahi chahiye bas sahi size chahiye
