# Dutch replies (NL + a bit of Flemish)
@kapper
O Afmelden
O Hoi Sanne, met Lotte. Wil je me geen sms'jes meer sturen? Ik ben naar Groningen verhuisd
O Ik kom niet meer bij jullie, stuur me alsjeblieft niks meer
O Haal me van de lijst, dit was het nummer van mijn moeder
O Stop graag
M Herinneringen voor afspraken zijn prima, maar geen reclame meer graag
N Kan ik mijn afspraak bij Fleur van donderdag naar zaterdag verzetten?
N Ik moet morgen 17:00 afzeggen, mijn dochter is ziek
N Ben 10 minuten later, geef mijn plek niet weg aub
N Vond “Kapsalon Knip: 20% korting op highlights deze week. Antwoord STOP om af te melden” leuk
N Vrijdag 11 uur is goed, dankjewel Sanne
I Ik wil de herinneringen graag weer ontvangen
I START graag
H HULP
@garage
O Hoi Kees, de Polo is verkocht, je hoeft me niet meer te appen over onderhoud
O STOPPEN
O Stuur me geen berichten meer, jullie rekenden veel te veel voor de remmen
O Uitschrijven
M De APK-herinnering is goed, maar die kortingsbonnen hoeven niet meer
N Is de auto klaar? Je zei om 4 uur
N Laat het uitlijnen maar zitten, alleen de olie verversen
N Het motorlampje blijft maar knipperen, kan ik vandaag langskomen?
N Stop alsjeblieft niet met de APK-herinneringen, anders vergeet ik het
I Met Carla weer, heb een nieuwe auto, jullie mogen me weer berichten sturen
H hulp graag
@tandarts
O Stop met sms'en, ik heb een andere tandarts
O Ik wil me afmelden
O Verkeerd nummer, ik ben Kevin niet, haal me uit jullie bestand
O Ik wil geen berichten meer ontvangen
O STOP aub
M Geen nieuwsbrief meer over bleken, alleen de afspraken graag
N Ik moet de gebitsreiniging van de 3e afzeggen, kan de 10e ook?
N De pijn gaat niet weg sinds de vulling, moet ik langskomen?
N Ik heb online opnieuw geboekt, de oude afspraak mag weg
I Zet de sms'jes weer aan aub, ik wil mijn herinneringen terug
I AANMELDEN
H HULP bedankt
@restaurant
O Nu is het genoeg met die berichten, stuur me niks meer
O Hoe meld ik me hiervoor af?
O STOP STOP STOP STOP
O Ik heb me nooit aangemeld, verwijder mijn nummer
M Jullie lunchaanbiedingen interesseren me niet, stop daarmee
N Kan ik mijn bestelling annuleren? Verkeerd adres ingevuld
N We zijn later, hou de tafel vast, niet annuleren
N Mijn Thuisbezorgd-bestelling is nooit gekomen, ik wil mijn geld terug
I Stuur me de vrijdagdeals weer aub, ik mis ze
@sportschool
O Coach Bas, app me alsjeblieft niet meer, ik heb opgezegd
O Verwijder mijn nummer aub
O In januari opgezegd, stop met de sms'jes
O Ik wil geen berichten meer van jullie
M Het lesrooster wel, de aanbiedingen voor personal training niet, dank je
N Ik wil mijn abonnement bevriezen tijdens mijn herstel van de operatie
N Kan ik de spinningles van 7 uur annuleren? Verslapen haha
N Hoe zeg ik op? Ik verhuis in mei naar het buitenland
N Ik ben gestopt met bootcamp maar wil yoga houden
I Ben terug van de verhuizing, jullie mogen me weer berichten
I Meld me weer aan aub
@bijles
O Hoi juf Van Dijk, Daan heeft geen bijles meer nodig, stuur ons niks meer
O Haal me van jullie sms-lijst
O afmelden graag
N Kunnen we donderdag overslaan? Emma heeft koorts
N Hoe laat is de les afgelopen? Ik moet haar ophalen
N Ze wil stoppen met piano maar doorgaan met wiskunde, kan dat?
I Ja, stuur me de herinneringen voor de lessen weer
H INFO graag
@loodgieter
O We hebben al betaald, stop met berichten sturen
O Stuur geen sms meer naar dit nummer, bedankt
O stop nu
M Geen seizoenskortingen meer, alleen berichten over de klus
N Het lek was gestopt toen je weg was, maar nu druppelt het weer
N Kun je dinsdag komen? Maandag mag eraf, dan ben ik niet thuis
I DOORGAAN
@bloemist
O Stuur me alsjeblieft geen berichten meer, de uitvaart is geweest
O Meld me overal voor af
M Geen Valentijnsacties meer aub, ik ben single 😂
N Kan ik de bezorging van vrijdag naar zaterdag verzetten?
N Op het kaartje: "Geen tranen meer, liefs mama"
N Stop niet met het wekelijkse boeket, op kantoor zijn ze er gek op
I Ja, ik wil weer berichten van jullie ontvangen
H Hulp, wat is dit voor nummer?
@trimsalon
O Stop met appen, Bolletje is vorige week overleden
O Hoi Iris, haal me van de lijst aub, we zijn verhuisd
O STOOOOOP
N Kan ik het nagelknippen van Max afzeggen? Hij is bij de dierenarts
N Hij blijft krabben na het wassen, andere shampoo?
N Oké tot dinsdag, dankjewel Iris!
I We hebben een nieuwe pup, zet me weer in jullie berichten
H HULP aub Iris
@gemengd
O Zeg mijn afspraak van dinsdag af en stuur me geen sms meer, ik verhuis naar Utrecht
O Sanne, vrijdag lukt niet, en eerlijk gezegd haal me uit de berichten, het geld is even op
O Zet alle berichten op pauze tot september aub
N Is de dinsdagdeal gestopt?
N Zaterdag mag eraf, maar blijf wel berichten sturen, we plannen opnieuw
H Hulp Sanne
H Hulp alsjeblieft
H hulp bedankt Iris
