# Dutch p2p
Mama ik ben veilig geland in Toronto, bel je morgen
Yemma maak je geen zorgen, ik eet goed
Papa stop met piekeren, het studeren gaat prima
Heb het geld via Wise gestuurd, laat weten als het binnen is
Zeg tegen oma dat ik zondag videobel
Mam stop nou met die kettingberichten in de familie-app 😂
Het gesprek bij de ambassade is de 14e, duim voor me
Tante, kun je het recept van de roti nog een keer sturen?
Mijn vlucht naar Paramaribo is geannuleerd, ik kom pas maandag
App me morgenvroeg niet, ik heb tentamen om 9
Stuur een foto van de nieuwe puppy
Je neef komt in maart naar Gent, mag hij bij jou slapen?
Genoeg over trouwen nu, mam
Geen kaas meer in mijn koffer, de douane pakte alles af
Het is hier 3 uur 's nachts, dat tijdsverschil sloopt me
Na dit semester stop ik met de nachtdiensten, beloofd
Eind van de maand krijg ik mijn eerste salaris hier
Ga even langs bij ome Hassan als je in Utrecht bent, hij heeft de papieren
Ik mis je eten zo, hier smaakt alles naar niks
Gefeliciteerd pap, sorry dat ik er niet bij ben
De wifi is slecht, ik app liever
De bank heeft mijn pas geblokkeerd omdat ik hem in het buitenland gebruikte
Stop niet met die spraakberichtjes, ik hoor je graag
Wie heeft de melk WEER opgemaakt
Kun je stoppen met je afwas in de gootsteen laten staan, al 3 dagen
Huur moet vrijdag, ik stuur een Tikkie
De huisbaas komt om 10 uur voor de cv-ketel
Zeg de schoonmaakster deze week af, ik doe het zelf
Ik maak vanavond nasi, wil je ook?
Stop met mijn havermelk jatten 😤
Kappen met die harde muziek na middernacht, we hebben morgen college
Iemand heeft de voordeur open laten staan
Hebben we nog wc-papier of zal ik halen?
Papier gaat dinsdagavond aan de weg, niet woensdag
Geen feestjes meer doordeweeks oké? De buren klaagden
Ik ben laat thuis, wacht niet met eten
Neem je eieren mee onderweg? Ik betaal je terug
Je pakketje is er, heb het binnengezet
Eind juni ga ik eruit, zeg het alvast
Wie is die gast op onze bank??
Het huurcontract loopt in augustus af, verlengen we?
Warm water doet het weer!
Oké prima, ik zeg mijn Netflix op en gebruik die van jou
De rijst is op, ik haal de grote zak bij de toko
Is de deadline vanavond of maandag?
De docent heeft het college afgezegd, check Brightspace
Kun je je aantekeningen van donderdag sturen? Was ziek
Projectgroep om 4 in de UB?
Ik stop met dat vak statistiek, te moeilijk
Stop met stressen, het is een open boek tentamen
Heb je het verslag al ingeleverd?
Werkgroep is om 6 uur klaar, daarna eten?
Geen nachtjes doorhalen meer, ik zweer het
Wie doet de conclusie?
Ik kom even langs je kamer voor de oplader
Stuur niks meer in de groep, ze heeft hem toch gedempt
Practicum gaat niet door, het apparaat is kapot
Ga je naar het feest van de internationale studenten?
Genoeg gestudeerd voor vandaag, mijn hoofd is leeg
Ik sta bij de halte, de bus is weer te laat
Zaterdag beginnen we met het project
Volgende week beginnen de tentamens, ik ben niet klaar
Deadline is verschoven naar vrijdag!!
10 min later, de trein staat stil bij Amersfoort
Kun je zaterdag mijn dienst overnemen? Ik heb inburgeringsexamen
De manager zegt dat we eerder weg mogen
Vergadering gaat niet door, hij is ziek
Ik neem over twee weken ontslag, zeg het nog tegen niemand
Stop met me in de cc te zetten haha
Stuur je het rooster van volgende week?
De printer zit weer vast
Einde dienst, ik ben weg, tot morgen
Wie heeft mijn lunch uit de koelkast gepakt
Genoeg overuren deze maand, ik moet slapen
De klant wil het rapport vandaag
Kun je checken of ik mijn urenbriefje goed heb ingevuld?
App me niet op mijn vrije dag, bel als het dringend is
Het koffieapparaat is gemaakt
Moest de tandarts afzeggen door de dubbele dienst
Salaris komt donderdag toch?
Ze zoeken weer mensen, zeg tegen je nicht dat ze moet solliciteren
Bedankt voor je hulp met de Engelse mail
Zullen we om 1 uur stoppen voor lunch?
Stop met zo hard werken, wij lijken lui zo
Top, om 7 uur
Waar ben je sahbi
Onderweg, file is echt ziek
Haha ja ik weet
Inshallah winnen we zondag
Vergeet de oplader niet
Sorry, gemist, zat in de metro
Genoeg voor vandaag, ik ga slapen
Welterusten, slaap lekker
Wat was het wifi-wachtwoord ook alweer
Heb je de finale gezien? Ongelofelijk
Laat maar, ik heb mijn sleutels
Laten we stoppen met ruzie, sorry
Geen koffie meer voor mij, ik tril
Hou op, je laat me lachen in de bieb
Waar eten we, Surinaams of Koreaans?
Mijn telefoon verbetert alles naar het Engels, negeer de fouten
Ik heb de sportschool opgezegd en ze schrijven nog steeds af
Eindelijk mijn verblijfsvergunning!!!
De baby is eindelijk gestopt met huilen, hij slaapt
Allee, komde gij vanavond ook?
