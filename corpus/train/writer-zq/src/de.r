oa retail | STOPP
oa retail | stopp bitte
oa telecom | HALT
oa bank | Abmelden
oa app | abbestellen
oa retail | kündigen
oa political | STOPP!!! ich wohne nicht mal in dem Wahlkreis
oa retail | ich möchte keine SMS mehr bekommen
oa pharmacy | Bitte schicken Sie mir keine Nachrichten mehr
oa restaurant | löschen Sie meine Nummer
oa gym | wie melde ich mich ab??
oa telecom | HÖREN SIE AUF MIR ZU SCHREIBEN!!! Ich melde das der Bundesnetzagentur
oa bank | Sehr geehrte Damen und Herren, ich bitte Sie, die Zusendung von SMS an diese Nummer einzustellen. Mit freundlichen Grüßen, H. Bauer
oa school | falsche Nummer, bitte aus dem Verteiler nehmen
oa delivery | Falsche Nummer. Hören Sie auf mir zu schreiben
oa retail | stpp
oa retail | stoppp
oa app | S T O P P jetzt
oa church | Bitte keine Nachrichten mehr, Gott segne Sie
oa political | jeden Tag eine SMS, jetzt reichts, aufhören
oa charity | hab schon gespendet, bitte von der Liste streichen
oa clinic | Das Handy gehörte meiner Mutter, sie ist verstorben. Bitte keine Nachrichten mehr senden.
oa app | lasst mich in ruhe, keine sms mehr
oa retail | austragen bitte
oa airline | Ich möchte keine SMS mehr erhalten
oa utility | SMS abbestellen
oa gym | hab vor 3 Monaten gekündigt, hört auf mit den Nachrichten
oa retail | boah nervt, hört auf
oa telecom | ich nicht wollen sms bitte stop machen
oa app | abmelden!! sofort
om retail | keine Werbung mehr bitte, nur Bestellinfos
om telecom | stopp werbung
om bank | Keine Werbe-SMS bitte, Sicherheitswarnungen sind ok
om restaurant | keine Gutscheine mehr per SMS
om airline | keine Angebote mehr, aber Fluginfos weiter schicken
om pharmacy | nur Bescheid geben wenn das Rezept fertig ist, keine Werbung
om app | Newsletter abbestellen, der Rest passt
i retail | START bitte
i telecom | JA
i school | ja bitte
i app | fortsetzen
i pharmacy | ich möchte wieder SMS bekommen
i bank | anmelden
i gym | bitte wieder die Kurserinnerungen schicken
i retail | hab mich aus versehen abgemeldet, bitte wieder anmelden
i church | Ja, ich möchte die wöchentlichen Nachrichten bekommen
i clinic | ich hätte gern wieder die Terminerinnerungen, danke
i delivery | weiter
i retail | jaa
i utility | wieder aktivieren
h retail | HILFE
h bank | hilfe bitte
h telecom | Hilfe danke
h app | hilfe was ist das
h pharmacy | info bitte
h utility | HILFE!! versteh ich nicht
h school | mehr Infos bitte
h airline | hilfeee
n retail | habt ihr sonntag offen?
n restaurant | kann ich um 18 uhr vorbeikommen und abholen?
n clinic | Ich muss meinen Termin am Dienstag absagen, mir ist was dazwischengekommen
n pharmacy | ich kann nicht abholen, kann ich stornieren?
n gym | wann fängt der spinning kurs an
n school | wann ist der Ausflug zu Ende?
n airline | ist mein Flug gestrichen??
n delivery | das Paket ist nie angekommen
n delivery | bitte beim Nachbarn abgeben
n bank | den Kauf hab ich nicht gemacht, rufen Sie mich an
n retail | Danke!
n retail | vielen Dank, sehr nett
n restaurant | 👍🏼
n app | Gefällt mir „Sale bis Mitternacht! Antworte STOPP zum Abmelden"
n political | das Gesetz muss gestoppt werden, ich bin bei euch
n charity | bitte nicht aufhören mit den Neuigkeiten aus dem Tierheim
n school | die Schneewarnungen bitte auf keinen Fall abstellen
n telecom | warum ist meine Rechnung so hoch
n utility | immer noch kein Strom in der Lindenstraße
n retail | gibts den in 38?
n retail | wer ist das?
n pharmacy | passt
n clinic | ich komme
n school | Leon ist heute krank, er hat Fieber
n delivery | steht zugestellt aber hier ist nix
n bank | ist das Betrug?
n retail | mein Enkel hat mir das Handy eingerichtet, ich weiß nicht wie man den Link öffnet
n gym | ich will meine Mitgliedschaft kündigen, was muss ich mitbringen?
n clinic | ja ich bin um 15 uhr da
n app | ich will mich nicht abmelden, ich komm nur nicht rein
n delivery | halten Sie am hinteren Tor, vorne ist der Hund
n restaurant | Tisch für 4 um 20 Uhr bitte
n political | wer seid ihr überhaupt?
n telecom | haha
