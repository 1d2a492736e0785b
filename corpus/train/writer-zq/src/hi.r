oa retail | बंद करो
oa retail | band karo
oa telecom | रोको
oa bank | STOP kar do please
oa app | unsubscribe karo
oa political | मुझे मैसेज भेजना बंद करो, मैं इस क्षेत्र में रहता भी नहीं
oa retail | mujhe aur sms nahi chahiye
oa pharmacy | कृपया मुझे और संदेश न भेजें
oa restaurant | mera number hata do list se
oa gym | unsubscribe kaise karte hai??
oa telecom | BAAR BAAR MESSAGE MAT BHEJO!!! TRAI me complaint karunga
oa bank | महोदय, कृपया इस नंबर पर एसएमएस भेजना बंद करें। धन्यवाद, आर. शर्मा
oa school | galat number hai, please list se hatao
oa delivery | गलत नंबर है। मैसेज मत भेजो
oa retail | sotp bhai
oa retail | bandd karooo
oa app | b a n d
oa church | कृपया आगे से संदेश न भेजें, धन्यवाद
oa political | roz roz message, pareshan kar diya, band karo
oa charity | donate kar diya hai, ab list se naam hata dijiye
oa clinic | यह मेरे पिताजी का फोन था, उनका देहांत हो गया। कृपया संदेश न भेजें।
oa app | pareshan mat karo, koi sms nahi chahiye
oa retail | msg bhejna band kro yaar
oa airline | मैं एसएमएस प्राप्त नहीं करना चाहता
oa utility | sms alert band kar dijiye
oa gym | 3 mahine pehle membership cancel ki thi, ab toh message band karo
oa retail | dimaag kharab mat karo, STOP
oa telecom | sir plz no message send me stop
oa app | अनसब्सक्राइब
oa retail | block kar dunga, mat bhejo
om retail | offer wale message band karo, order update chalega
om telecom | promotional sms band kare
om bank | प्रमोशनल मैसेज नहीं चाहिए, सिक्योरिटी अलर्ट ठीक है
om restaurant | coupon wale sms mat bhejo
om airline | offers nahi chahiye bas flight ki info bhejte raho
om pharmacy | sirf jab dawai ready ho tab batana, ad mat bhejna
om app | marketing notifications band, baaki theek hai
i retail | START karo
i telecom | हाँ
i school | haan ji please
i app | फिर से शुरू करें
i pharmacy | mujhe fir se sms chahiye
i bank | subscribe karna hai
i gym | class ke reminder fir se bhejo please
i retail | galti se unsubscribe ho gaya, wapas add kar do
i church | हाँ, मुझे साप्ताहिक संदेश चाहिए
i clinic | appointment reminder fir se chalu kar dijiye, dhanyavaad
i delivery | jaari rakhe
i retail | haan haan chalu karo
i utility | dobara chalu
h retail | मदद
h bank | help chahiye please
h telecom | madad kijiye
h app | help ye kya hai
h pharmacy | jaankari chahiye
h utility | सहायता!! समझ नहीं आया
h school | अधिक जानकारी दें
h airline | HELP bhai
n retail | sunday ko khula hai kya?
n restaurant | 6 baje parcel lene aa sakta hu?
n clinic | मंगलवार का अपॉइंटमेंट कैंसल करना है, कुछ काम आ गया
n pharmacy | aa nahi paunga, cancel ho sakta hai?
n gym | yoga class kitne baje start hoti hai
n school | picnic kitne baje khatam hoga?
n airline | meri flight cancel hai kya??
n delivery | parcel abhi tak nahi aaya
n delivery | guard ke paas chhod dena
n bank | ye transaction maine nahi kiya, call karo
n retail | धन्यवाद!
n retail | bahut bahut shukriya
n restaurant | 👍🙏
n app | Liked "Sale aaj raat tak! STOP likh kar bheje unsubscribe ke liye"
n political | ye kanoon rokna padega, hum aapke saath hai
n charity | gaushala ki updates band mat karna, achhi lagti hai
n school | chhutti wale message band mat karna please
n telecom | is mahine bill itna zyada kyu aaya
n utility | sector 14 me abhi bhi light nahi hai
n retail | 9 number ka size hai?
n retail | कौन है?
n pharmacy | theek hai
n clinic | aa jaunga
n school | आरव आज नहीं आएगा, उसे बुखार है
n delivery | delivered dikha raha hai par mila nahi
n bank | kya ye fraud hai?
n retail | पोते ने फोन सेट किया है, लिंक कैसे खोलें पता नहीं
n gym | membership cancel karni hai, kya le ke aana hoga?
n clinic | haan 3 baje aa jaunga
n app | unsubscribe nahi karna, bas login nahi ho raha
n delivery | peeche wale gate pe rokna, aage kutta hai
n restaurant | 4 logo ke liye table 8 baje please
n political | aap log kaun ho?
n telecom | hahaha
