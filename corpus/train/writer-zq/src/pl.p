już jadę
sorki, spóźnię się 10 min
kup chleb jak będziesz wracać
nakarmiłeś psa?
mamo gdzie moja ładowarka
w szufladzie w kuchni jak zawsze
hahaha nie mogę
kto wziął moją bluzę
Wszystkiego najlepszego kochanie, babcia
dziękuję babciu ❤️
babciu nie musisz się podpisywać haha
jak powiększyć litery w tym telefonie
zadzwoń jak możesz
nie mogę gadać, jestem na spotkaniu
co robisz
nic a ty
odbierz mnie o 15:15 a nie o 15
trening odwołany, przyjdź o 14:30
kolacja o 19?
jasne, co przynieść
nic, przyjdź
skocz do żabki, nie ma jajek
wpadniesz po pracy? pomożesz z kanapą
przestań pisać na lekcji xd zaraz mnie złapią
dobra już przestaję
przestań mi wysyłać tiktoki o 3 w nocy
złożyłem dziś wypowiedzenie!!!
CO. dzwoń
jestem z ciebie dumna, miesiąc bez fajek!!
dość już zdjęć kota xd
nigdy dość zdjęć kota
koniec z ciastem dla mnie, jestem pełna
odwołasz za mnie dentystę? zapomniałam
anulowałem netflixa, i tak nie oglądamy
spotkanie odwołane, przełożone na czwartek
o której film
o 20, kończy się koło 22:30
przestań się martwić, będzie dobrze
nie mogę przestać się śmiać z tego filmiku
autobus stanął na środku drogi lol
w końcu zasnęła
przestańmy się kłócić, przepraszam
ja też przepraszam ❤️
idziesz na mecz w piątek?
zależy od zmiany
dojechałaś?
tak, w domu. dobranoc
kocham cię
a ja ciebie bardziej
tato pożyczysz 50 zł
na co
na jedzenie
ok wyślę blikiem
jesteś najlepszy
ciocia jest w szpitalu, nic poważnego
o nie, w którym?
wsiadamy, napiszę jak wylądujemy
wylądowaliśmy!
popilnujesz dzieci w sobotę rano?
tak jeśli wrócę do 13
widziałeś maila od szefowej
no widziałem
odpiszę w poniedziałek
przypomnienie: lunch zespołu jutro 12:30
kto kupuje tort na pożegnanie Tomka
ja wezmę z cukierni
weźmiesz moją zmianę we wtorek? oddam ci niedzielę
stoi
idziemy z Julką do galerii, idziesz
nie mogę mam szlaban
co zrobiłaś
jedynka z chemii 💀
mama mówi żebyś oddzwonił
powiedz jej że jestem u Oli
hydraulik przyjdzie między 9 a 12, będziesz?
kręgosłup mnie zabija
weź ibuprom z szafki
Cześć synku, jak się masz? U nas zimno. Mama
cześć mamo, wszystko ok, dzieci pozdrawiają
sorry prowadziłem
spoko
to prawda że się przeprowadzasz do Krakowa??
tak w czerwcu! opowiem ci
miałeś przestać jeść mój jogurt
przestanę jak przestaniesz kupować ten dobry
o której piłka
17:30 na orliku koło biblioteki
lista: banany, chleb, kurczak, płyn do naczyń
dostałam pracę!!!!
GRATULACJE 🎉🎉
śpisz?
nie, nie mogę zasnąć
wifi znowu padło
wyłącz router i włącz
działa dzięki
wszystkiego dobrego z okazji srebrnego wesela!
dziadek wziął rano leki?
tak widziałam
gdzie zaparkowałeś
poziom -1 przy windzie
wyślesz mi notatki z biologii
jestem pod blokiem
schodzę
pizza czy kebab?
pizza oczywiście
pies znowu zjadł skarpetkę
nie znowu 😩
biuro jest zamknięte w poniedziałek?
wyślij mi przepis na pierogi
jestem w aptece, potrzebujesz czegoś
tabletki na gardło poproszę
kochanie jestem wykończona
wracaj, zrobiłem rosół
nie zostawiaj proszę naczyń w zlewie
zatrzymaj się na światłach i w lewo, niebieski dom
koniec wymówek, jutro siłownia o 6
dość tego, rezerwuję wakacje
nie przesadzaj i przyjdź na imprezę
kolejka w urzędzie nigdy się nie kończy
koncert odwołany 😭 zwrot w 5 dni
bierzemy wspólnie ubera?
siema gdzie jesteś
pod dworcem, a ty
elo
no elo
do jutra
gdzie jesteś
tutaj
