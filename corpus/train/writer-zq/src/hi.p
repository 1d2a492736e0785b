nikal gaya hu
10 min late ho jaunga sorry
aate waqt doodh le aana
kutte ko khana diya?
mummy mera charger kaha hai
kitchen ki drawer me hai hamesha ki tarah
hahaha pagal hai kya
mera hoodie kisne liya
जन्मदिन मुबारक बेटा, ढेर सारा प्यार, दादी
thank you dadi ❤️
dadi har message me naam likhne ki zarurat nahi 😂
इस फोन में अक्षर बड़े कैसे करते हैं
free ho toh call karna
meeting me hu, baad me baat karte hai
kya kar rahe ho
kuch nahi tum batao
3 nahi 3:15 pe lene aana
tuition cancel ho gayi, 2:30 aa jao
raat 8 baje dinner?
done, kya laau
kuch nahi bas aa jao
raste me kirane wale se ande le aana
office ke baad aa sakte ho? sofa shift karna hai
class me message karna band kar 😂 pakdi jaungi
acha acha band karta hu
raat 3 baje reels mat bheja kar
maine aaj resign kar diya!!!
kya?? call kar abhi
proud of you, ek mahina bina cigarette!!
bas kar billi ki photos 😂
billi ki photos kabhi kam nahi hoti
aur cake nahi, pet bhar gaya
dentist ka appointment cancel kar dena please, bhool gayi
netflix band kar diya, koi dekhta hi nahi
meeting cancel ho gayi, thursday ko shift
movie kitne baje shuru hai
8 baje, 10:30 tak khatam
tension mat le, sab theek hoga
us video pe hasi ruk hi nahi rahi
bus beech road pe ruk gayi lol
finally so gayi
chal ab ladai band karte hai, sorry
sorry mujhe bhi ❤️
friday match chalega?
shift pe depend karta hai
ghar pahunch gaye?
haan pahunch gaya, good night
love u jaan
love you more yaar
papa 500 bhej do
kis liye
khane ke liye
ok gpay kar diya
best papa
मौसी अस्पताल में है, कुछ गंभीर नहीं
arre kaunse hospital me?
boarding ho rahi hai, land karke message karunga
land ho gaye!
saturday subah bachhon ko dekh loge?
haan agar 1 baje tak aa jao
boss ka mail dekha?
haan dekha yaar
monday ko reply karunga
reminder: kal 12:30 team lunch
Sharma ji ki farewell ka cake kaun layega
main bakery se le aaunga
tuesday ki shift le loge? sunday wali main le lunga
pakka
Riya ke saath mall ja rahe, chalegi?
nahi ghar se nikalne ki permission nahi
kya kiya tune
chemistry me fail 💀
mummy bol rahi hai call back kar
bol dena main Priya ke ghar hu
plumber 9 se 12 ke beech aayega, ghar pe ho?
kamar me bahut dard hai
drawer me crocin rakhi hai
बेटा कैसे हो? यहाँ ठंड बढ़ गई है, ध्यान रखना। मम्मी
namaste mummy, sab badhiya, bachhe pranam bol rahe
sorry drive kar raha tha
koi na
sach me Bangalore shift ho rahe ho??
haan june me! baad me batata hu
tune kaha tha mera dahi nahi khayega
jab tu achha wala lana band karega tab
football kitne baje hai
5:30 library ke paas wale ground pe
list: kele, bread, chicken, vim bar
mujhe job mil gayi!!!!
badhaai ho 🎉🎉
jaag rahi ho?
haan neend nahi aa rahi
wifi fir se gaya
router band karke chalu karo
ho gaya thanks
शादी की 25वीं सालगिरह मुबारक हो!
nanaji ne subah dawai li?
haan maine dekha
gaadi kaha park ki
basement 1 lift ke paas
bio ke notes bhej de
neeche khada hu
aa raha hu
pizza ya momos?
momos obviously
kutte ne fir se moza kha liya
fir se 😩
monday office band hai kya?
rajma ki recipe bhej do
chemist pe hu, kuch chahiye?
gale ki goli
jaan bahut thak gayi hu
ghar aa jao, dal bana di hai
bartan sink me chhodna band karo please
signal pe ruk ke left lena, neela ghar
bas bahut bahane, kal subah 6 baje gym
bas ho gaya, main trip book kar rahi hu
drama mat kar party me aa ja
RTO ki line khatam hi nahi hoti
concert cancel ho gaya 😭 5 din me refund
ola share kar le?
kaha ho bhai
station ke bahar
chalo kal milte hai
तुम कहाँ हो
yahin hu
