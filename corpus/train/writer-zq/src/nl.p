ben onderweg
sta in de file op de A2, kwartiertje later
neem jij brood mee op de terugweg
heb je de kat al eten gegeven
mam waar is mijn oplader
gewoon in de keukenla
hahaha ik lig dubbel
gefeliciteerd lieverd, dikke kus van oma
dankjewel oma ❤️
oma je hoeft niet elke keer 'groetjes oma' te typen haha
hoe maak ik de letters groter op dit ding
bel je me even als je kan
kan niet, zit in een overleg
wat doe je
niks, jij?
haal je me om kwart over 3 op ipv 3
training gaat niet door, kom om half 3
eten om 6?
prima, moet ik iets meenemen
nee hoor gezellig
wil je even langs de appie, de eieren zijn op
kun je na je werk langskomen? bank moet naar boven
stop met appen tijdens de les haha ik word betrapt
ok ik stop al
hou op met die tiktoks om 3 uur 's nachts
ik heb vandaag ontslag genomen!!!
WAT. bel me nu
trots op je, een maand gestopt met roken!!
genoeg kattenfoto's nu 😂
nooit genoeg kattenfoto's
geen taart meer voor mij, zit vol
kun jij de tandarts afzeggen, ben het vergeten
ik heb netflix opgezegd, we kijken toch nooit
vergadering gaat niet door, verplaatst naar donderdag
hoe laat begint de film
om 8, is rond half 11 afgelopen
maak je niet zo druk, komt goed
ik kan niet stoppen met lachen om dat filmpje
de bus stopte gewoon midden op de weg lol
ze slaapt eindelijk
zullen we ophouden met ruziën? sorry
sorry ook ❤️
kom je vrijdag naar de wedstrijd?
hangt van m'n dienst af
goed thuisgekomen?
ja thuis. welterusten
hou van je
ik meer
pap kun je me een tientje lenen
waarvoor
patat
ok ik stuur een tikkie
jij bent de beste
je tante ligt in het ziekenhuis, niks ernstigs
o nee, welk ziekenhuis?
we gaan boarden, ik app als we geland zijn
geland!
kun je zaterdagochtend op de kids passen?
ja als ik om 1 uur terug ben
heb je de mail van de baas gezien
pff ja
ik reageer pas maandag
herinnering: teamlunch morgen 12:30
wie neemt de taart mee voor het afscheid van Bram
ik haal hem bij de bakker
kun je dinsdag mijn dienst overnemen? dan neem ik jouw zondag
top
we gaan met Noor naar de stad, ga je mee
kan niet, heb huisarrest
wat heb je gedaan
een 3 voor scheikunde 💀
je moeder zegt dat je haar moet terugbellen
zeg maar dat ik bij Fleur ben
de loodgieter komt tussen 9 en 12, ben je thuis?
mijn rug doet zo'n pijn
neem een paracetamol uit het kastje
Hallo jongen, hoe gaat het? Hier is het koud. Groetjes mam
hoi mam alles goed, de kinderen zeggen hoi
sorry zat in de auto
geen probleem
klopt het dat je naar Utrecht verhuist??
ja in juni! vertel ik je nog
je zou stoppen met mijn yoghurt opeten
ik stop als jij stopt met de lekkere kopen
hoe laat is voetbal
half 6 op het veld bij de bieb
boodschappen: bananen, brood, kip, afwasmiddel
ik heb de baan!!!!
GEFELICITEERD 🎉🎉
ben je wakker?
ja kan niet slapen
de wifi ligt er weer uit
modem uit en weer aan
doet het weer thx
gefeliciteerd met jullie 25-jarig huwelijk!
heeft opa zijn pillen genomen vanochtend?
ja ik zag het
waar sta je geparkeerd
P3 bij de lift
stuur je me de aantekeningen van bio
ik sta voor de deur
kom eraan
pizza of chinees?
pizza natuurlijk
de hond heeft weer een sok opgegeten
niet weer 😩
is kantoor maandag dicht?
stuur je me het recept van de stamppot
ik sta bij de apotheek, moet je nog iets
keelpastilles aub
schat ik ben kapot
kom naar huis, heb soep gemaakt
laat alsjeblieft niet steeds de afwas in de gootsteen staan
stop bij het stoplicht en dan links, het blauwe huis
geen smoesjes meer, morgen om 7 naar de sportschool
nu is het genoeg, ik boek die vakantie
doe niet zo dramatisch en kom naar het feest
de rij bij het gemeentehuis houdt nooit op
concert is afgelast 😭 geld terug binnen 5 dagen
delen we een taxi?
hoi, alles goed?
ja prima, met jou?
tot morgen!
waar ben je
hier bij de ingang
