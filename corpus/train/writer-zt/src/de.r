@bank
oa STOPP Kontoalarm
oa Ich möchte keine Kontostand-SMS der Sparkasse mehr, Konto ist gekündigt
oa Bitte hören Sie auf, mir Bank-SMS zu schicken
oa Ich bin kein Kunde bei Ihnen, löschen Sie meine Nummer
om Sicherheitswarnungen ja, Kreditangebote nein. Keine Werbung mehr bitte
om keine Angebote mehr für die Kreditkarte, danke
i START Kontoalarm
i Hab aus Versehen STOPP geschickt, bitte Kontowecker wieder aktivieren
h HILFE Kontoalarm
n War die Abbuchung über 89 € bei MediaMarkt wirklich ich? Kenne ich nicht
n Nein, das war ich nicht, bitte Karte sperren
n Wie ändere ich die Schwelle auf 50 €?
n Überweisung von gestern stornieren, falsche IBAN

@delivery
oa Keine Sendungs-SMS mehr bitte
oa Paket ist seit einer Woche da, hören Sie auf mit den Nachrichten
oa Das ist nicht meine Bestellung, bitte keine DHL-SMS mehr
om Sendungsverfolgung passt, aber lasst die Rabatt-Aktionen weg, Werbung stoppen
i Bitte die Hermes-Benachrichtigungen wieder einschalten, ich erwarte noch ein Paket
n Wo ist mein Paket?
n Bestellung stornieren, dauert zu lange
n Bitte beim Nachbarn im 2. Stock abgeben
n Der Fahrer hat eine Karte eingeworfen, obwohl ich zu Hause war
n Wird morgen trotz Streik geliefert?
n Kann das in die Packstation am Bahnhof?

@school
oa Bitte nehmen Sie mich aus dem Elternverteiler, meine Tochter ist jetzt auf dem Gymnasium
oa Ich brauche den Mensaplan nicht mehr per SMS
oa Falsche Nummer, ich habe kein Kind an dieser Schule. Bitte austragen
i Ja, bitte tragen Sie mich wieder für die Unterrichtsausfall-Infos ein
n Ist morgen Schule wegen Glatteis?
n Jonas ist heute krank, er hat Fieber
n Wann ist der Wandertag am Freitag zu Ende?
n Bitte die Vertretungsplan-SMS nicht einstellen, die sind super hilfreich
n Wer ist da?

@pharmacy
oa STOPP Rezepterinnerung
oa Keine Erinnerungen mehr, ich gehe jetzt in eine andere Apotheke
oa Bitte keine Nachrichten mehr, das war für meine Mutter, sie ist verstorben
om Die Abholhinweise gerne, aber die Angebote aus dem Apothekenmagazin nicht mehr
i Erinnerungen bitte fortsetzen
i WEITER
n Ist mein Rezept fertig?
n Bitte die Nachbestellung stornieren, die Ärztin hat die Dosis geändert
n Kann ich nach 18:30 noch abholen?
n Haben Sie Ibuprofen 400 vorrätig?

@weather
oa HALT Unwetterwarnung
oa Bin nach Hamburg gezogen, brauche die Warnungen für Stuttgart nicht mehr
i Ja, ich will die DWD-Warnungen wieder bekommen
h Hilfe bitte
n Gilt die Hitzewarnung noch?
n Hört der Regen bis 18 Uhr auf?
n Danke, die Warnungen sind echt nützlich

@sports
oa STOPP Ergebnisse
oa Keine Torbenachrichtigungen vom BVB mehr, danke
om Ergebnisse ja, Ticketangebote nein, bitte die abstellen
i ANMELDEN Ergebnisse
i Bitte die Bundesliga-Alarme wieder anschalten
h INFO Ergebnisse
n Wie ist das Spiel ausgegangen?
n Wann spielt Schalke am Sonntag?
n Der Schiri hätte das Spiel abbrechen müssen, der Platz war ein See

@loyalty
om STOPP WERBUNG
om Keine Werbung mehr bitte
om Hört auf mit den Angeboten, ich will nur die Kassenbons
oa STOPP
oa Stopp bitte
oa HALT
oa Abmelden
oa Bitte abbestellen
oa Nehmen Sie mich von Ihrer Liste
oa Ich habe mich nie angemeldet. Stopp!
oa Schreiben Sie mir keine SMS mehr
oa Wie kann ich mich abmelden?
oa ENDE
oa Falsche Nummer, bitte nicht mehr an diese Nummer schreiben
oa Austragen
i JA
i Ich möchte mich anmelden
i Ich will die Payback-Coupons wieder per SMS bekommen
i Nachrichten bitte wieder aufnehmen
h HILFE
h Hilfe bitte danke
h INFO bitte
h HILFE Angebote
n Was ist das für ein Programm?
n Wie viele Punkte habe ich?
n Der Coupon ging an der Kasse nicht
n Gefällt mir „Nur heute: Flash-Sale! Antworte STOPP zum Abmelden“
n Gilt der Rabatt auch im Onlineshop?
n Termin am Donnerstag absagen, ich kann nicht
n Hallo, danke für die Erinnerung, habe es gestern schon abgeholt
n ok danke
n Ich will nicht aufhören, ich liebe eure Angebote haha
