oa retail | STOP graag
oa retail | stoppen
oa telecom | afmelden
oa bank | Uitschrijven
oa app | opzeggen
oa political | hou op met appen, ik woon niet eens in deze gemeente
oa retail | ik wil geen sms meer ontvangen
oa pharmacy | Wilt u mij alstublieft geen berichten meer sturen
oa restaurant | verwijder mijn nummer
oa gym | hoe meld ik me af??
oa telecom | HOU OP MET SMSEN!!! ik ga een klacht indienen bij de ACM
oa bank | Geachte heer/mevrouw, ik verzoek u vriendelijk het versturen van sms-berichten naar dit nummer te staken. Met vriendelijke groet, W. de Vries
oa school | verkeerd nummer, haal me van de lijst aub
oa delivery | Verkeerd nummer. Stop met sms'en
oa retail | stpo aub
oa retail | stoppppp
oa app | A F M E L D E N nu
oa church | Graag geen berichten meer, Gods zegen
oa political | elke dag een sms, nu is het genoeg, stoppen
oa charity | heb al gedoneerd, haal me van de lijst alsjeblieft
oa clinic | Dit was de telefoon van mijn moeder, zij is overleden. Stuurt u geen berichten meer.
oa app | laat me met rust, geen sms meer
oa retail | afmelden aub
oa airline | Ik wil geen sms'jes meer ontvangen
oa utility | sms opzeggen
oa gym | heb 3 maanden geleden opgezegd, stop met die berichten
oa retail | jezus wat irritant, kappen
oa telecom | ik niet willen sms, stop alsjeblieft
oa app | uitschrijven!!! nu
oa retail | ophouden
om retail | geen reclame meer aub, alleen bestelupdates
om telecom | stop reclame
om bank | Geen promotie-sms graag, beveiligingsmeldingen wel
om restaurant | geen kortingsbonnen meer per sms
om airline | geen aanbiedingen meer maar wel vluchtinfo
om pharmacy | alleen een berichtje als mijn recept klaarligt, geen reclame
om app | nieuwsbrief afmelden, de rest is prima
i retail | START aub
i telecom | JA graag
i school | ja hoor
i app | hervatten
i pharmacy | ik wil weer sms'jes krijgen
i bank | aanmelden
i gym | stuur de lesherinneringen weer maar
i retail | per ongeluk afgemeld, zet me er weer op
i church | Ja, ik wil graag de wekelijkse berichten ontvangen
i clinic | ik wil graag weer de herinneringen ontvangen, dank u
i delivery | doorgaan
i retail | jaaa
i utility | weer aanzetten
h retail | HULP
h bank | hulp aub
h telecom | hulp graag
h app | hulp wat is dit
h pharmacy | info graag
h utility | HULP!! snap er niks van
h school | meer informatie graag
h airline | hulpp
n retail | zijn jullie zondag open?
n restaurant | kan ik om 6 uur langskomen om op te halen?
n clinic | Ik moet mijn afspraak van dinsdag afzeggen, er is iets tussengekomen
n pharmacy | ik kan niet ophalen, kan ik annuleren?
n gym | hoe laat begint spinning
n school | hoe laat is het schoolreisje afgelopen?
n airline | is mijn vlucht geannuleerd??
n delivery | het pakket is nooit aangekomen
n delivery | graag afgeven bij de buren op 12
n bank | die aankoop heb ik niet gedaan, bel me
n retail | Dank je!
n retail | heel erg bedankt, top service
n restaurant | 👍🏾
n app | Vind ik leuk "Uitverkoop tot middernacht! Antwoord STOP om af te melden"
n political | deze wet moet gestopt worden, ik sta achter jullie
n charity | stop vooral niet met de updates over de asielhonden
n school | zet de gladheidswaarschuwingen alsjeblieft niet uit
n telecom | waarom is mijn rekening zo hoog
n utility | nog steeds geen stroom in de Dorpsstraat
n retail | hebben jullie die in maat 40?
n retail | wie is dit?
n pharmacy | oké
n clinic | ik kom
n school | Daan is vandaag ziek, hij heeft koorts
n delivery | staat bezorgd maar er is niks
n bank | is dit oplichting?
n retail | mijn kleinzoon heeft deze telefoon ingesteld, ik weet niet hoe ik de link open
n gym | ik wil mijn abonnement opzeggen, wat moet ik meenemen?
n clinic | ja ik ben er om 3 uur
n app | ik wil me niet afmelden, ik kan alleen niet inloggen
n delivery | stop even bij het achterhek, de hond loopt voor
n restaurant | tafel voor 4 om half 8 graag
n political | wie zijn jullie eigenlijk?
n telecom | haha lol
