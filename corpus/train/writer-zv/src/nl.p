# vrienden
Gaat de brunch zondag door of heeft Noor weer afgezegd?
Ik zit al in de kroeg, waar zijn jullie?
Kom even langs voor het feest, ik heb je jas nog
haha stop, ik lig dubbel
Hou op, ik word rood 🙈
Wie rijdt er zaterdag? Bij mij passen er 4 in
Etentje gaat niet door, Noor heeft corona. Volgende week?
Zeg nou niet weer af
Ik heb vandaag ontslag genomen!!! Ik trakteer
Wat, ben je gestopt?? Bel me
Genoeg over werk, wat eten we?
Nooit meer tequila
Kun je me om 7 ophalen? Mijn auto start niet
De film begint om 20:15, niet te laat komen
Ik moet steeds aan die pasta van gisteren denken
Stop met TikToks sturen om 2 uur 's nachts, ik moet vroeg op 😂
Stuur meer hondenfilmpjes, ik heb ze nodig
Stuur even een Tikkie van 42 euro voor het huisje
Wie neemt de speaker mee?
Gefeliciteerd!!! 🎉 love you
dankje lieverd, tot 6 uur
Het concert is afgelast, geld terug binnen 5 dagen zeggen ze
Weer vergeten mijn Videoland-proefperiode op te zeggen
Eindelijk afgemeld voor al die nieuwsbrieven van winkels, wat een rust
Herinner me eraan Spotify op te zeggen voor vrijdag
Niet appen. Echt, niet appen naar hem
Hem eindelijk overal geblokkeerd
App even als je thuis bent
Thuis! Welterusten
ik sta beneden
laat maar, volgende keer
# team
Training verplaatst naar 19:00 op veld 3, beide shirts mee
Wedstrijd afgelast vanwege onweer, wordt later ingehaald
Trainer zegt: geen smoesjes meer, donderdag iedereen er
Wie neemt zaterdag de sinaasappels mee? 🍊
Scheids legde de wedstrijd 20 minuten stil door de mist lol
Kan iemand Sem meenemen? Ik zit nog vast op werk
Ik ben er deze week niet, hamstring doet nog pijn
Contributie is 60 euro, voor eind van de maand naar Mark
Stop met steeds terugspelen naar de keeper, hebben we het over gehad 😂
Ik stop met de dinsdagcompetitie, woensdag komt beter uit
Weet iemand wanneer het seizoen eindigt?
3-1 gewonnen! Biertje in de kantine
Genoeg gestookt in de groep jullie twee 🙄
# hobby
Leesclub is deze maand bij Rachel
Boek niet uit, mag ik toch komen? haha
We stoppen om half 9 zodat Pat de bus haalt
Geen breiclub deze week, Hanneke ligt in het ziekenhuis
Hardlopen om 7 bij de fontein, 5 km rustig
Sinds mijn knieoperatie loop ik niet meer hard, maar ik wandel mee
Schaken vanavond? Ik wil revanche
Hij gaf op na zet 12 haha
Ik zet de pottenbakles op pauze tot de baby er is
D&D gaat niet door, de DM heeft griep 😷
Graag geen spoilers meer in de groep, ik ben pas bij hoofdstuk 4
# ouders
Herinnering: vrijdag zijn ze om 12:00 uit
Heeft iemand de woordjeslijst?
Kan iemand Lars vandaag met Sophie meenemen? Ik sta bij je in het krijt
Ouderavond gaat niet door, verplaatst naar dinsdag
De bushalte verhuist vanaf maandag naar de hoek bij de bakker
Mijn kinderen houden niet op over het schoolreisje 😂
Luizenbrief mee vandaag 🙃
Wie regelt het cadeau voor de juf? Ik doe 20 euro
De juf zegt: geen snoep meer in de broodtrommel
Alsjeblieft niet allemaal reply-all in de klassengroep, 50 meldingen 😩
Kan je deze groep dempen? Vraag voor een vriendin
Mijn dochter wil stoppen met turnen, herkennen jullie dat?
Hoe meld je je kind af voor de overblijf op woensdag in Parro?
# ex
Ik heb ruimte nodig. App me een tijdje niet aub
Laat me met rust, dit keer meen ik het
Hou op met me bellen op mijn werk
Nog één zo'n lap tekst en ik blokkeer je
Het is over. Ik doe dit niet nog een keer
Hou die blender maar
Genoeg. Ik ga niet meer ruziën via de app
Hou op over afgelopen zomer
Sorry, ik weet dat je zei niet te appen, ik stop ermee
Kunnen we als volwassenen praten? Koffie donderdag?
Ik heb je hoodie nog, wil je hem terug?
Niet appen als je dronken bent
Over Evi prima, maar na 21:00 alleen nog berichten als het over haar gaat
# familie
Mam stop met die kettingbrieven 😂
Pap, wil je me geen Facebookfilmpjes meer doorsturen
Zondag eten bij oma om 5, neem een toetje mee
Bel me als je kan, niks dringends
Wie heeft de laatste stroopwafel op?
Kun jij langs de apotheek voor opa?
Je broer is eindelijk gestopt met vapen!!
Genoeg vragen over de bruiloft, we laten het weten
Liefs, rij voorzichtig
# groepen
Wie heeft de groep "Hou op met schreeuwen Karin" genoemd? 💀
hahaha hou ooop
Ik ga uit de groep, te veel meldingen. App me privé
Geen politiek hier aub, hadden we afgesproken
Genoeg nu, deze draad heeft 400 berichten
Poll: vrijdag of zaterdag voor Maya's verrassing?
sst niks zeggen 🤫
Kan iemand Thijs toevoegen? Nieuw nummer
Ik demp de groep tot vanavond
Hou op met die stickers Erik
Donderdag gaat niet door, zaterdag brunch
# buren en werk
Hoi buurman, je autoalarm blijft maar gaan, kun je even kijken?
Er is een pakketje van jou bij mij bezorgd, ik breng het
Klant heeft afgezegd, middag vrij
Stop met vergaderingen plannen op vrijdag 16:45 😭
De printer doet het weer niet
Ik heb opgezegd, eind van de maand ben ik weg
VvE meldt: morgen van 9 tot 12 geen water
Ik moet stoppen met elke dag koffie halen
onderweg
sorry ik ben laat!!
