bin unterwegs
bin 10 min später sorry!!
kannst du auf dem heimweg milch holen
hast du den hund gefüttert?
mama wo ist mein ladekabel
in der küchenschublade wie immer
hahaha ich kann nicht mehr
wer hat meinen hoodie
Alles Gute zum Geburtstag mein Schatz, deine Oma
danke omi ❤️
omi du musst nicht unterschreiben 😂
wie mache ich die schrift größer auf dem telefon
ruf mich an wenn du kannst
kann nicht, bin im meeting
was machst du
nix und du
hol mich um viertel nach 3 ab nicht um 3
training fällt aus, komm um halb 3
essen um 19 uhr?
klar, was soll ich mitbringen
nur dich
geh noch beim edeka vorbei, wir haben keine eier mehr
kannst du nach der arbeit vorbeikommen? brauch hilfe mit dem sofa
hör auf mir im unterricht zu schreiben 😂 ich werd erwischt
ok ok ich hör auf
hör auf mir um 3 uhr nachts tiktoks zu schicken
ich hab heute gekündigt!!!
WAS. ruf mich sofort an
bin so stolz auf dich, ein monat rauchfrei!!
jetzt reichts mit den katzenfotos 😂
es gibt nie genug katzenfotos
kein kuchen mehr für mich, bin pappsatt
kannst du den zahnarzt für mich absagen, hab vergessen
hab netflix gekündigt, wir gucken eh nie
das meeting fällt aus, verschoben auf donnerstag
wann fängt der film an
um 8, geht bis ca halb 11
mach dir keinen stress, wird schon
ich kann nicht aufhören zu lachen über das video
der bus ist mitten auf der straße stehen geblieben lol
sie schläft endlich
lass uns aufhören zu streiten, tut mir leid
mir auch ❤️
kommst du freitag zum spiel?
kommt auf meine schicht an
gut angekommen?
ja bin zuhause. gute nacht
hab dich lieb
ich dich mehr
papa kannst du mir 20 euro leihen
wofür
essen
ok überweis ich dir per paypal
du bist der beste
deine tante ist im krankenhaus, nichts schlimmes
oh nein, welches krankenhaus?
wir boarden jetzt, schreib dir wenn wir gelandet sind
gelandet!
kannst du samstag vormittag auf die kinder aufpassen?
ja wenn ich um 13 uhr zurück bin
hast du die mail vom chef gesehen
boah ja
ich antworte erst montag
erinnerung: teamessen morgen 12:30
wer bringt den kuchen für jonas' abschied mit
ich hol ihn beim bäcker
kannst du dienstag meine schicht übernehmen? ich nehm deinen sonntag
abgemacht
gehen mit lena in die stadt, kommst du mit
kann nicht hab hausarrest
was hast du gemacht
ne 5 in chemie 💀
deine mutter sagt du sollst zurückrufen
sag ihr ich bin bei mia
der klempner kommt zwischen 9 und 12, bist du da?
mein rücken bringt mich um
nimm eine ibu aus dem schrank
Hallo mein Junge, wie geht es dir? Hier ist es sehr kalt. Gruß Mutti
hallo mama alles gut, die kinder grüßen
sorry bin gefahren
kein ding
stimmt es dass du nach hamburg ziehst??
ja im juni! erzähl ich dir später
du wolltest aufhören meinen joghurt zu essen
ich hör auf wenn du aufhörst den guten zu kaufen
wann ist fußball
17:30 am sportplatz bei der bücherei
einkaufsliste: bananen, brot, hähnchen, spülmittel
ich hab den job!!!!
GLÜCKWUNSCH 🎉🎉
bist du wach?
ja kann nicht schlafen
das wlan ist schon wieder weg
router aus und wieder an
geht wieder danke
alles gute zum 25. hochzeitstag!
hat opa heute früh seine tabletten genommen?
ja hab ich gesehen
wo hast du geparkt
ebene 3 beim aufzug
schickst du mir die bio-notizen
bin draußen
komm runter
pizza oder chinesisch?
pizza natürlich
der hund hat schon wieder eine socke gefressen
nicht schon wieder 😩
ist das büro am montag zu?
schick mir mal das rezept vom auflauf
bin in der apotheke, brauchst du was
halsbonbons bitte
schatz ich bin so müde
komm heim, hab suppe gemacht
bitte lass das geschirr nicht immer in der spüle stehen
halt an der ampel und dann links, das blaue haus
schluss mit ausreden, morgen um 6 ins gym
jetzt reicht's, ich buch den urlaub
stell dich nicht so an und komm zur party
die schlange beim bürgeramt hört nie auf
konzert abgesagt 😭 geld kommt in 5 tagen zurück
teilen wir uns ein taxi?
servus, wo bist du
grüß dich, am bahnhof
moin, alles klar bei dir?
jo passt
bis morgen dann
wo bist du
hier
