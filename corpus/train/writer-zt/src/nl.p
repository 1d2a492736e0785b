Ben 10 min later, begin maar zonder mij met de stand-up
Kun je even langs mijn bureau lopen?
Heeft Sanne de meeting van 14:00 afgezegd of gaat die door?
Stop met allen beantwoorden op die mail, de baas wordt gek haha
Wie heeft mijn yoghurt uit de koelkast gepakt??
De presentatie staat op SharePoint, dia 12 mist nog cijfers
Kun jij zaterdag mijn dienst overnemen? Ik doe jouw dinsdag
De printer op de 2e is weer vastgelopen
Lunchen bij de broodjeszaak?
Ik neem eind van de maand ontslag, hou het nog even voor je
Ben ziek vandaag, check later mijn mail
Wil je me na 21:00 niet meer appen over werk, zet het in Teams
Gefeliciteerd met je promotie!! Vrijdag borrel?
Ik hang zo op, de opvang belt
Geen vergaderingen meer op vrijdag om 17:00, ik smeek jullie
Wifi ligt er weer uit
Factuur gestuurd, laat maar weten als het ordernummer niet klopt
Hoi, met Ingrid van nummer 14, ik heb een pakketje van jullie
Jullie hond is weer ontsnapt, hij staat bij ons in de tuin, geen probleem
Zou je willen stoppen met parkeren voor mijn uitrit? Kon er vanochtend niet uit
Hebben jullie ook geen stroom?
Dank voor het buitenzetten van de container van mijn moeder
Zaterdag hebben we een feestje, alvast sorry voor het lawaai
Mag ik jullie ladder even lenen?
De VvE-vergadering is alweer afgelast
We zijn tot de 20e weg, willen jullie de post binnenhalen?
Kom langs wanneer je wilt, ik heb soep voor tien gemaakt
Alsjeblieft geen courgettes meer, we hebben er nog van vorige week haha
Volgens de VvE wordt de gevel in mei geschilderd
De kinderen kunnen na school bij ons als je laat bent
Wie heeft het gas aan laten staan?
Ik bestel pizza, wil je ook?
Huur is vrijdag, stuur me een Tikkie voor jouw deel
Kun je ophouden met de afwas drie dagen in de gootsteen laten staan?
De huisbaas komt dinsdag om 10 voor de cv-ketel
Wc-papier is op. Afwasmiddel ook. Alles eigenlijk
Stop met mijn restjes opeten, ik ga er stickers op plakken
Ben je thuis? Sleutels vergeten
Ik zeg Netflix op, niemand kijkt, we delen Videoland
Wil je me niet om 3 uur 's nachts appen of de deur op slot is
De rookmelder piept weer, batterij denk ik
Dit weekend ben ik weg, bruiloft van mijn nicht in Zwolle
Wie is die Kevin op onze bank?
Jij hebt deze week de badkamer
Ziggo is weer duurder geworden, 4 euro erbij
Zondag om 13:00 lunch bij oma, neem wat mee
Mam stop met die Minions-stickers 😂
Wie heeft de sleutel van het vakantiehuisje?
Pap, je telefoon belt me weer vanuit je broekzak
Gefeliciteerd tante Ria!! 🎂🎉
Mijn trein komt om 18:40 aan op Utrecht Centraal, kan iemand me halen?
Kunnen we stoppen met ruziemaken over politiek in de familie-app?
Ik haal de kleintjes vandaag op, hoef jij niet
Opa is uit de operatie, alles goed, hij klaagt al over het eten
Vergeet niet, de uitvoering van Sem is om 19:00, wees op tijd
Dit jaar geen politiek bij het kerstdiner, ik meen het
Stuur die foto van de hond met het mutsje
Mam ik kan niet stoppen met lachen om je autocorrectie
Heeft iemand het nieuwe nummer van ome Henk?
Ik maak de stamppot, iemand anders het toetje
Zeg tegen Fleur dat ze me terugbelt
Ik rij nu weg, A12 staat vast
Heeft iemand de vissen gevoerd?
Ik heb de baan!!
Pap je hoeft geen STOP in de groep te typen, wij zijn het gewoon haha
Oma vraagt waarom haar telefoon zegt opslag vol
Ik neem stoelen mee
Liefs allemaal, rij voorzichtig
Stop even bij het tankstation onderweg, die in het dorp is dicht
Ome Kees komt niet, weer zijn rug
Mam hou op met mijn babyfoto's op Facebook zetten 😭
Goedemiddag, met De Vries, de loodgieter komt morgen tussen 13 en 15 uur
Het aanrecht lekt weer onder het kastje
Huur van maart is overgemaakt, kunt u bevestigen?
Donderdag wordt het water van 9 tot 11 afgesloten
De droger doet het niet meer, alleen een klik
Mag ik de slaapkamer verven? Lichtgrijs
Ter herinnering: uw huurcontract loopt af op 30 juni, wilt u verlengen?
Wilt u stoppen met langskomen zonder 24 uur vooraf te melden, het staat in het contract
De verwarming slaat helemaal niet aan, het is 15 graden binnen
Ik zeg de huur eerder op, overplaatsing naar Eindhoven. Wat is de opzegtermijn?
Die boete heb ik gisteren betaald, stop met me daarover te appen
Borg is terug, dank u!
Kunnen we de oplevering naar maandag verplaatsen?
Gaat vanavond nog door?
Stop, ik lig dubbel
Ik blijf maar aan die kapsalon denken
De film begint om 20:15, ik heb kaartjes
App even als je thuis bent
Een week geen suiker en ik ga dood
Nooit meer tequila, echt
Niet appen tijdens het rijden, ik bel je in de lunch
Is het koud daar? Moet ik een jas meenemen?
Bel me als je kunt
Waar heb je geparkeerd?
Heb je je sportschool al opgezegd? Bij mij schreven ze maanden door af
Vandaag van zo'n 40 nieuwsbrieven afgemeld, heerlijk
Prima, om 6 uur
De laatste trein was weg dus ik ben gaan lopen
Zit bij de dierenarts met Bobbie, hij heeft een sok opgegeten
Stop met die spraakberichten van 5 minuten en typ gewoon
Hou op met TikToks sturen op mijn werk, ik lach hardop
Waar ben je?
Sorry, gemiste oproep
Leef je nog?
Spelletjesavond bij ons donderdag
Het concert is afgelast, geld terug schijnt
Ben er over 5 min
