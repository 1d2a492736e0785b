@bank
oa STOP MELDINGEN
oa Ik wil geen saldo-sms'jes van de Rabobank meer, rekening is opgezegd
oa Graag geen bank-sms meer naar dit nummer
oa Ik ben geen klant bij jullie, haal mijn nummer weg
om Fraudemeldingen prima, maar geen aanbiedingen voor leningen meer. Stop met reclame
om geen creditcard-acties meer aub
i START MELDINGEN
i Per ongeluk STOP gestuurd, zet de ING-saldomeldingen weer aan aub
h HULP MELDINGEN
n Die betaling van €89 bij Coolblue was ik, klopt
n Nee dat was ik niet, blokkeer de pas
n Hoe zet ik de melding op €50 in plaats van €100?
n Tikkie van gisteren terugdraaien kan dat?

@delivery
oa stop bezorgupdates
oa Pakket is al een week binnen, stop met die berichten
oa Dit is niet mijn bestelling, geen PostNL-sms meer graag
om Track & trace is prima, maar hou op met die sale-berichten
i Zet de DHL-meldingen weer aan, er komt nog een pakket
n Waar blijft mijn pakket?
n Bestelling annuleren, duurt te lang
n Mag bij de buren op nummer 12
n Bezorger heeft 'niet thuis' gezet terwijl ik gewoon thuis was
n Wordt er morgen bezorgd met Koningsdag?
n Kan ik het ophalen bij het PostNL-punt in de Albert Heijn?

@school
oa Haal me alsjeblieft uit de schoolberichten, mijn dochter zit nu op de middelbare
oa Ik hoef de overblijfroosters niet meer per sms
oa Verkeerd nummer, ik heb geen kind op deze school. Graag verwijderen
i Ja, meld me weer aan voor de berichten over lesuitval
n Is er morgen school met code rood?
n Daan is vandaag ziek, hij heeft koorts
n Hoe laat is het schoolreisje vrijdag klaar?
n Stop vooral niet met de Magister-sms'jes, heel handig
n Met wie spreek ik?

@pharmacy
oa STOP herhaalrecept
oa Geen herinneringen meer, ik ga naar een andere apotheek
oa Stop met berichten aub, het was voor mijn vader, hij is overleden
om Ophaalberichten graag, maar de Kruidvat-aanbiedingen niet meer
i HERVAT herinneringen
i DOORGAAN
n Is mijn recept klaar?
n Herhaalrecept annuleren, de huisarts heeft de dosis aangepast
n Kan ik na 18:00 nog ophalen?
n Hebben jullie paracetamol 500 op voorraad?

@weather
oa STOP weeralarm
oa Ben verhuisd naar Groningen, hoef de waarschuwingen voor Limburg niet meer
i Ja ik wil de KNMI-waarschuwingen weer ontvangen
h hulp graag
n Geldt code oranje nog?
n Stopt het met regenen voor 6 uur?
n Dank je, erg handig die waarschuwingen

@sports
oa STOP uitslagen
oa Geen doelpuntmeldingen van Ajax meer, bedankt
om Uitslagen ja, kaartjesacties nee, zet die uit
i AANMELDEN uitslagen
i Zet de Eredivisie-meldingen weer aan aub
h INFO uitslagen
n Hoe is de wedstrijd afgelopen?
n Hoe laat speelt Feyenoord zondag?
n De scheids had de wedstrijd moeten stilleggen, het veld stond blank

@loyalty
om STOP RECLAME
om Geen reclame meer alsjeblieft
om Hou op met de acties, ik wil alleen de kassabonnen
oa stop aub
oa STOP!!! nu
oa Afmelden
oa meld me af
oa Haal me van jullie lijst
oa Ik heb me hier nooit voor aangemeld. Stop.
oa Stuur me geen sms meer
oa Hoe meld ik me af?
oa uitschrijven
oa Verkeerd nummer, stop met sms'en naar dit nummer
oa STOP ALLES
i JA graag
i ik wil me aanmelden
i Ik wil de Bonus-aanbiedingen van AH weer ontvangen
i Berichten hervatten aub
h HULP
h Hulp graag, dank
h INFO aub
h HULP ACTIES
n Wat is dit voor programma?
n Hoeveel punten heb ik?
n De kortingsbon werkte niet bij de kassa
n Vond „Flash sale alleen vandaag! Antwoord STOP om af te melden” leuk
n Geldt de korting ook in de webshop?
n Afspraak van donderdag annuleren, ik kan niet
n Hoi, bedankt voor de herinnering, heb het gisteren al opgehaald
n oké dank je
n Ik wil helemaal niet stoppen, ik vind jullie acties top haha
