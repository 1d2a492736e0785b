%% Polish person-to-person texts.
juz jade
bede 10 min pozniej sorki
gdzie jestes?
co robisz
nic a ty
kocham cie
ja ciebie bardziej ❤️
przestan xd umieram 😂
przestan bo sie rumienie
stop bo placze 😭
nie dramatyzuj
mamo przestan pisac jak mam lekcje
nie pisz teraz prowadze
nie pisz w trakcie egzaminu zadzwonie potem
daj mi spokoj spie
zostaw mnie na chwile prosze
dosc memow nie moge oddychac
koniec z telefonami o 21 wszyscy spac
zadnych slodyczy przed obiadem
nigdy wiecej pierogow tyle zjadlem
zwolnilam sie dzis z pracy!!!
tata w koncu rzucil palenie
wyjdz juz z lazienki
anulowales netflixa czy mam ja
odwolujemy kolacje? jestem padnieta
odwolali mecz przez deszcz
mozesz odwolac moja wizyte u dentysty
musimy zrezygnowac z silowni to zdzierstwo
odsubskrybowalem te wszystkie kanaly na yt
film konczy sie o 23
koniec historii
to koniec pewnej epoki
mozesz sie zatrzymac na stacji
wpadniesz pozniej?
wpadne do babci po pracy
autobus znowu sie nie zatrzymal na przystanku
o ktorej zaczynasz zmiane
mecz zaczyna sie o 20:45 nie spoznij sie
daj znac jak dojedziesz
wyladowalam ✈️
wszystkiego najlepszego siostra 🎉
sto lat!! baw sie dobrze
dzieki za kolacje wczoraj
co jemy dzis
pizza na wieczor?
no to lecimy
nwm ty wybierz
jestem padniety
ja tez
hahahahah
dobranoc 😴
dzien dobry ☀️
dales psu jesc?
wynies smieci prosze
kto zjadl moje resztki
to nie ja
na pewno kuba
mamo odbierzesz mnie o 4?
tato auto znowu dziwnie stuka
babcia chce zebys do niej zadzwonil
odrobiles lekcje?
tak mamo
dobra dobra robie
przestan pytac czy odrobilem lekcje 🙄
przestan mnie laskotac xd
mozemy przestac sie o to klocic?
skonczmy na dzis i pogadamy jutro
musisz przestac zostawiac naczynia w zlewie
jak nie przestaniesz to powiem mamie
nie moge przestac myslec o tym serialu
caly czas pada
telefon mi caly czas wibruje
mam dosc tego tygodnia
juz dosc kawy dla ciebie
koniec wymowek jutro silka
bez dram prosze
zerwalam z michalem
game over przegralismy
nie uwierzysz
zadzwon szybko
odbierz
padla mi bateria sorry
pozyczysz mi bluze?
zostawiles u mnie klucze
gdzie teraz jestes
w galerii
z kim
tylko z ola
ok w domu do 22
wifi znowu nie dziala
zaplaciles za prad?
wyslij mi 20 blikiem za pizze
poszlo
o ktorej impreza
kolo 21
wez chipsy
tesknie
ja bardziej
jedz ostroznie
napisz jak bedziesz w domu
jestem w domu
dobranoc kochanie
mamo przestan wysylac mi lancuszki na whatsappie 😂
dziadku nie odpowiadaj wszystkim na grupie rodzinnej
obiecuje ze juz nie bede ci tym truc
wyszlam z grupy bylo za duzo
zostaw drzwi otwarte nie mam kluczy
zostaw na stole
rozlacz sie oddzwonie
odwolalam lot zostaje jeszcze tydzien
jutro nie ma szkoly??
anulowali mi zamowienie na allegro 😡
anuluj ubera mam podwozke
koncert odwolany jestem zalamana
dobra stop wygrales
PRZESTAN KRZYCZEC NA GRUPIE xd
SORKI CAPS LOCK
mozesz odebrac dzieci o wpol do czwartej kropka dzieki
myslalam o tym co mowiles wczoraj i masz racje musimy przestac odkladac ten wyjazd i kupic bilety zanim podrozeja co myslisz
mamo wiem ze sie martwisz ale musisz przestac dzwonic co godzine jak wychodze mam 22 lata wszystko ok napisze jak wroce
gratulacje nowej pracy!!
jestem z ciebie dumna
obiad w niedziele u nas?
pasuje
w ten weekend nie dam rady
wyslij zdjecia
ale slodkie
