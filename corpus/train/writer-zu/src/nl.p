%% Dutch person-to-person texts.
ben onderweg
10 min later sorry
waar ben je?
wat doe je
niks en jij
hou van je
ik meer ❤️
hou op haha ik ga dood 😂
hou op ik word rood
stop ik huil 😭
doe niet zo dramatisch
mam stop met appen tijdens de les
app me ff niet ik rij
stuur niks tijdens het tentamen ik bel je daarna
laat me met rust ik slaap
laat me ff met rust aub
genoeg memes ik kan niet meer ademen
zo genoeg schermtijd, om 9 uur telefoons weg
geen snoep meer voor het eten
nooit meer gourmetten ik plof
ik heb vandaag ontslag genomen!!!
pa is eindelijk gestopt met roken
bezet de badkamer niet zo lang
heb jij netflix opgezegd of moet ik
zullen we het eten vanavond afzeggen? ben kapot
de wedstrijd is afgelast door de regen
kun je mijn tandartsafspraak afzeggen aub
we moeten de sportschool opzeggen tis oplichting
ik heb me afgemeld voor al die youtube kanalen
de film is om 11 uur afgelopen
einde verhaal
het einde van een tijdperk
kun je even stoppen bij de pomp
kom je straks langs?
ik ga na werk ff bij oma langs
de bus stopte weer niet bij de halte
hoe laat begint je dienst
de wedstrijd begint om 20:00 niet te laat komen
laat weten als je er bent
geland ✈️
gefeliciteerd zusje 🎉
fijne verjaardag!! geniet ervan
bedankt voor het eten gister
wat eten we vanavond
friet?
is goed
weetikveel kies jij maar
ben zo moe
ik ook
hahahahaha
welterusten 😴
goeiemorgen ☀️
heb je de hond eten gegeven?
zet de kliko even buiten aub
wie heeft mijn restjes opgegeten
ik niet
was vast daan
mam kun je me om 4 ophalen
pap de auto maakt weer dat rare geluid
oma wil dat je haar belt
heb je je huiswerk gedaan?
ja mam
ja ja ik doe het al
stop met vragen of ik mijn huiswerk heb gedaan 🙄
hou op met kietelen haha
kunnen we stoppen met ruzie maken hierover?
laten we stoppen voor vandaag en morgen praten
je moet echt stoppen met je afwas in de gootsteen laten staan
als je niet ophoudt zeg ik het tegen mam
ik kan niet stoppen met denken aan die serie
het blijft maar regenen
mijn telefoon blijft maar trillen
ik ben deze week zo zat
jij hebt wel genoeg koffie gehad
geen smoesjes meer morgen sportschool
geen drama aub
het is uit met bram
game over we hebben verloren
je gelooft het niet
bel me snel
neem op
batterij leeg sorry
mag ik je hoodie lenen?
je sleutels liggen hier nog
waar zit je nu
in de stad
met wie
alleen met fleur
oke om 10 thuis
wifi doet het weer niet
heb jij de energierekening betaald
stuur je een tikkie voor de pizza
betaald
hoe laat is het feestje
rond 9
neem chips mee
mis je
ik jou meer
rij voorzichtig
appen als je thuis bent
thuis
slaap lekker schat
mam stop met die kettingbrieven op whatsapp 😂
opa niet steeds allemaal antwoorden in de familiegroep
beloofd ik zeur er niet meer over
ik ben uit de groep gegaan was te veel
laat de deur open ik heb geen sleutel
leg het maar op tafel
hang op ik bel je terug
ik heb mijn vlucht geannuleerd ik blijf nog een week
gaat school morgen niet door??
mijn bestelling is geannuleerd 😡
annuleer de uber maar ik heb een lift
het concert is afgelast ik ben er kapot van
oke stop jij wint
HOU OP MET SCHREEUWEN IN DE GROEP haha
SORRY CAPS
kun je de kinderen om half vier ophalen punt bedankt
ik heb nog nagedacht over gister en je hebt gelijk we moeten stoppen met de reis uitstellen en gewoon boeken voordat het duurder wordt wat vind jij
mam ik weet dat je je zorgen maakt maar je moet stoppen met me elk uur bellen als ik weg ben ik ben 22 en het gaat prima ik app als ik thuis ben
gefeliciteerd met je nieuwe baan!!
trots op je
zondag eten bij ons?
klinkt goed
dit weekend lukt niet
stuur foto's
wat schattig
