%% Dutch replies (NL + Flemish), hurried typing and dictation.
@inbox-typed
O STOPPEN
O stoppen aub
O stop ajb
O stoppp nu
O sopt
O afmelden
O AFMELDEN graag
O uitschrijven
O schrijf me uit
O uitschrijven aub dank
O stuur me geen sms meer
O niet meer appen aub
O hou op met die berichten
O ik wil niks meer ontvangen
O haal mijn nummer weg
O verwijder mn nummer
O haal me van de lijst af
O hoe meld ik me af??
O verkeerd nummer, stop met sturen
O ben niet sanne, verkeerd nr, verwijderen
O nu is het genoeg, stoppen
O nooit aangemeld hiervoor STOP
O S T O P P E N nu
O laat me met rust met die sms
O afmelden voor alles
O ik trek mijn toestemming in
O ff stoppen met sms'en naar dit nummer
@inbox-voice
O stuur me alsjeblieft geen berichten meer punt
O stoppen punt bedankt
O hoi ik weet niet hoe jullie aan mijn nummer komen maar ik krijg elke dag berichten en ik wil dat het nu ophoudt dus haal me alsjeblieft uit jullie systeem
@inbox-typed
M geen reclame meer aub
M stop met aanbiedingen
M geen promo sms meer
M afmelden voor de acties
M alleen bezorgberichten, geen reclame
M hou op met die kortingscodes
M geen nieuwsbrief meer met aanbiedingen
@inbox-voice
M de herinneringen voor afspraken wil ik houden maar geen reclame meer graag
@inbox-typed
I JA hoor
I jaaa graag!!
I ja graag
I START aub
I aanmelden
I weer aanmelden graag
I hervatten
I ik wil de berichten weer ontvangen
I zet de sms weer aan
I stuur maar weer
I abonneren
I ga door met sturen
I zet me terug op de lijst
@inbox-voice
I ja ik wil de meldingen weer ontvangen
@inbox-typed
H HULP
H hulp aub
H hulppp
H hulp graag
H info aub
H INFO graag
H info ajb dank
@inbox-voice
H hulp punt
@inbox-typed
N hoe laat gaan jullie dicht
N ik wil mijn bestelling 20931 annuleren
N afspraak dinsdag afzeggen aub
N is het voor morgen?
N wanneer begint de uitverkoop
N tot wanneer geldt de korting
N oke dankje
N prima
N wie is dit?
N haha oke
N mijn pakket is nooit aangekomen
N de bezorger is niet eens gestopt bij mij
N stop met dubbel afschrijven!!
N ja, afspraak donderdag klopt
N bevestigd
N kan ik met ideal betalen
N mijn kortingscode werkt niet
N niet stoppen met de meldingen, ze zijn handig
N kan het naar een postnl punt?
N verkeerd nummer sorry
N Leuk gevonden: "Antwoord STOP om je af te melden"
N de link doet het niet
N is dit oplichting?
N ik heb niks besteld
N waar blijft mijn pakket al 2 weken
N kan ik het in de winkel ophalen?
N stopt de bus bij het gemeentehuis?
N kunnen we het naar vrijdag verzetten
N hoe zeg ik mijn abonnement op
@inbox-voice
N ik ben er om vier uur punt bedankt
N hoi ik heb maat M besteld en L gekregen hoe kan ik ruilen ik wil geen geld terug alleen de goede maat
