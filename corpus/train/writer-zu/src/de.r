%% German replies, hurried typing and dictation.
@inbox-typed
O STOPP
O stopp bitte
O stoppp!!
O HALT
O halt stop
O stpp
O Sotpp
O abmelden
O ABMELDEN bitte
O abbestellen
O bitte austragen
O austragen danke
O keine sms mehr bitte
O schreibt mir nich mehr
O hört auf mir zu schreiben
O hört endlich auf mit den nachrichten!!
O löscht meine nummer
O nummer löschen pls
O nehmt mich aus dem verteiler
O wie kann ich mich abmelden?
O falsche nummer, bitte stoppen
O bin nicht der markus, falsche nr, löschen
O reicht jetzt, stopp
O hab mich nie angemeldet STOPP
O S T O P P jetzt
O lasst mich in ruhe mit euren sms
O abmelden von allem
@inbox-voice
O bitte keine Nachrichten mehr schicken Punkt
O stopp Punkt danke
O hallo ich weiß nicht woher sie meine Nummer haben aber ich bekomme jeden Tag mehrere SMS und möchte dass das sofort aufhört bitte löschen sie mich aus ihrem System
@inbox-typed
M keine werbung mehr bitte
M stopp werbung
M keine angebote mehr
M hört auf mit den rabatt sms
M nur noch versandinfos, keine werbung
M newsletter abbestellen
M keine promo sms mehr danke
@inbox-voice
M die Terminerinnerungen will ich behalten aber bitte keine Werbung mehr
@inbox-typed
I START bitte
I JA
I jaaa
I ja bitte
I anmelden
I wieder anmelden bitte
I fortsetzen
I ich will die sms wieder bekommen
I nachrichten wieder aktivieren
I bitte wieder schicken
I abonnieren
I weiter schicken bitte
I trag mich wieder ein
@inbox-voice
I ja ich möchte die Benachrichtigungen wieder erhalten
@inbox-typed
H HILFE
H hilfe bitte
H hilfeee
H hilfe pls danke
H INFO bitte
H infos pls
H info danke
@inbox-voice
H Hilfe Punkt
@inbox-typed
N wann habt ihr zu
N ich will meine bestellung 40219 stornieren
N termin am dienstag absagen bitte
N ist das für morgen?
N wann fängt der sale an
N bis wann gilt der rabatt
N ok danke
N passt
N wer ist das?
N haha
N mein paket ist nie angekommen
N der bote hat nicht mal bei mir gehalten
N hört auf mir das doppelt abzubuchen!!
N ja, termin donnerstag passt
N bestätigt
N kann ich mit paypal zahlen
N mein gutscheincode geht nicht
N bitte nicht die benachrichtigungen stoppen, die sind super
N kann ich das an die packstation schicken?
N falsche nummer sorry
N Gefällt mir: „Antworte STOPP, um keine SMS mehr zu erhalten"
N der link geht nicht
N ist das betrug oder was
N hab nix bestellt
N wo bleibt mein paket, sind schon 2 wochen
N kann ich es im laden abholen?
N hält der bus vorm rathaus?
N können wir auf freitag verschieben
N ich will meinen vertrag kündigen, wie geht das
@inbox-voice
N ich bin um sechzehn Uhr da Punkt danke
N hallo ich habe Größe M bestellt und L bekommen wie kann ich das umtauschen ich will kein Geld zurück nur die richtige Größe
