# Dutch replies: straattaal, Surinaams/Marokkaans/Turks-Nederlands, Vlaams, Poolse werkers, expats; u/je door elkaar
@zw-mix
o STOP wollah
o stop aub, ik wil dit niet meer
o Stoppen
o AFMELDEN
o afmelden graag, thanks
o Uitschrijven
o Niet meer sms'en aub, dziękuję
o Wajo stop met die berichten
o Kunt u stoppen met sms, please
o Stuur me niks meer, bedankt
o Ge moogt mij geen berichten meer sturen, merci
o Mi no wani den sms moro, stop
@zw-lowlit
o stop met sture
o ik wil gen sms meer
o niet meer stuur aub ik begrijp niet
o haal mijn nummer weg
o afmelde
o stpo
@zw-formal
o Geachte heer, mevrouw, hierbij verzoek ik u vriendelijk mijn nummer te verwijderen uit uw bestand. Met vriendelijke groet
o Hierbij trek ik mijn toestemming voor het ontvangen van sms-berichten in.
o Ik verzoek u beleefd mij niet langer per sms te benaderen. Hoogachtend
o Goedendag, gaarne geen berichten meer naar dit nummer. Groeten
@zw-autocorrect
o Stop stop!!!
o Stoppen nu
o Afmelden afmelden
o verkeerd nummer, ik ben Sanne niet, haal me van de lijst
o Ik woon niet meer in Nederland, stop met sms naar dit nummer
o Dit is de telefoon van mijn oma, ze leest geen Nederlands, stop aub
o Uitschrijven alstublieft
@zw-scope
m Geen reclame meer aub, alleen de bezorgberichten
m Stop met de aanbiedingen, de afspraakherinnering is prima
m Geen promo's meer, de verificatiecode heb ik wel nodig
m Ik wil geen kortingsacties meer ontvangen, facturen mogen blijven
m Haal me van de marketinglijst aub
m geen aanbiedingen meer wollah
m Ik wens geen commerciële berichten meer te ontvangen. Servicemeldingen mogen doorgaan.
@zw-optin
i JA hoor
i Ja graag
i START aub
i Aanmelden
i Ik wil de berichten weer ontvangen
i Hervatten
i Doorgaan
i Zet me weer op de lijst, per ongeluk stop gestuurd
i Ben terug in Nederland, jullie mogen weer sms'en
i Weer aanmelden graag
i Ja, dank je
i Start weer aub
i Abonneren
@zw-help
h HULP
h hulp aub
h Hulp graag
h INFO aub
h Informatie
h help aub
h hulpp
h Hulp, bedankt
h info graag
@zw-lookalike
n Ik wil mijn afspraak van dinsdag afzeggen, ik ga naar Marokko
n Annuleer mijn bestelling aub, twee keer besteld
n Wanneer begint de uitverkoop?
n Ik kom morgen na het werk langs in de winkel
n Is de bushalte voor de apotheek?
n Stop niet met de herinneringen, ik heb ze nodig voor de IND
n Wie is dit?
n Ik begrijp geen Engels, kunt u in het Nederlands schrijven?
n Gaat dit over mijn DigiD?
n Ik heb de rekening al betaald, waarom krijg ik dit
n Oké dank je
n Prima, tot donderdag
n Ik bevestig 15:00
n Vond "Je code is 2290. Stuur STOP om af te melden" leuk
n Is dit hetzelfde nummer als WhatsApp?
n De link opent niet op mijn telefoon
n Mijn dochter haalt de medicijnen op, is dat goed?
n Hoeveel kost het om mijn sportschool op te zeggen?
n Stop met bellen op mijn werk, liever een sms
n Kan de bezorging een week stoppen? Ik ben in het buitenland
n Dank u, God zegene u
n Geen brood meer in de bestelling aub, alleen melk
n Hoe laat gaan jullie vandaag dicht?
n Mijn pas is verlopen, ik betaal volgende week
n Is er informatie over de vaccinatie voor kinderen?
n Eind van de maand is goed voor de betaling
n Kan ik contant betalen?
n Het pakket is nog steeds niet binnen, waar is het?
n Ik ben ziek gemeld tot vrijdag, kan ik verzetten?
n Afmelden voor de cursus van zaterdag, mijn zoon is ziek
