# German replies
@friseur
O STOPP
O Hallo Sabine, hier ist Jana. Bitte keine SMS mehr, ich bin nach Leipzig gezogen
O Ich komme nicht mehr in den Salon, bitte schreibt mir nicht mehr
O Bitte nehmen Sie mich aus dem Verteiler, das war die Nummer meiner Mutter
O Stop bitte
M Terminerinnerungen gern, aber bitte keine Werbung mehr
N Kann ich meinen Termin bei Anja von Donnerstag auf Samstag verschieben?
N Ich muss den Termin morgen um 17 Uhr absagen, meine Tochter ist krank
N Bin 10 Minuten später da, bitte Termin nicht streichen
N Gefällt mir: „Salon Haarmonie: 20 % auf Strähnchen diese Woche. Antworte STOP zum Abmelden“
N Freitag 11 Uhr passt, danke Sabine
I START bitte
I Ich möchte die Terminerinnerungen wieder bekommen
H HILFE
@werkstatt
O Hallo Herr Yilmaz, der Golf ist verkauft, bitte keine Nachrichten mehr wegen Inspektion
O HALT
O Schreiben Sie mir nicht mehr, die Bremsen waren viel zu teuer
O Abmelden
M Die TÜV-Erinnerung ist okay, aber die Gutschein-SMS bitte einstellen
N Ist das Auto fertig? Sie meinten bis 16 Uhr
N Die Achsvermessung bitte streichen, nur Ölwechsel
N Die Motorkontrollleuchte hört nicht auf zu blinken, kann ich heute vorbeikommen?
N Bitte hören Sie nicht auf mit den HU-Erinnerungen, sonst vergesse ich das
I Hier ist wieder Carla, hab ein neues Auto, Sie dürfen mir wieder schreiben
H Hilfe bitte
@zahnarzt
O Bitte hören Sie auf, mir SMS zu schicken, ich habe den Zahnarzt gewechselt
O Ich möchte mich abmelden
O Falsche Nummer, ich bin nicht Kevin, bitte löschen Sie mich
O Ich will keine SMS mehr bekommen
O STOP!! Danke
M Bitte keinen Newsletter mehr zum Bleaching, nur Termine
N Ich muss die PZR am 3. absagen, geht auch der 10.?
N Seit der Füllung hört der Schmerz nicht auf, soll ich kommen?
N Ich hab über Doctolib neu gebucht, den alten Termin können Sie stornieren
I SMS bitte wieder aktivieren, ich will meine Erinnerungen zurück
I ABONNIEREN
H HILFE danke
@restaurant
O Jetzt reicht's mit den SMS, bitte nicht mehr schreiben
O Wie melde ich mich hiervon ab?
O STOPP STOPP
O Ich habe mich nie angemeldet, löschen Sie meine Nummer
M Ihre Mittagsangebote interessieren mich nicht, bitte nicht mehr schicken
N Kann ich die Bestellung stornieren? Falsche Adresse angegeben
N Wir verspäten uns, bitte Tisch nicht freigeben
N Die Lieferando-Bestellung kam nie an, ich will mein Geld zurück
I Bitte schickt mir wieder die Freitagsangebote, die vermisse ich
@fitnessstudio
O Coach Timo, bitte schreib mir nicht mehr, ich hab gekündigt
O Bitte meine Nummer löschen
O Hab im Januar gekündigt, hört auf mit den SMS
O Keine Nachrichten mehr bitte
M Kursplan ja, Personal-Training-Angebote nein danke
N Ich möchte meinen Vertrag wegen der OP ruhen lassen
N Kann ich die Spinning-Buchung um 7 stornieren? Verschlafen haha
N Wie kündige ich? Ich ziehe im Mai ins Ausland
N Ich hab mit CrossFit aufgehört, will aber Yoga behalten
I Bin zurück vom Umzug, ihr könnt mir wieder schreiben
I Meldet mich bitte wieder an
@nachhilfe
O Hallo Frau Schneider, Leon braucht keine Nachhilfe mehr, bitte nicht mehr schreiben
O Nehmen Sie mich bitte aus der SMS-Liste
O abbestellen
N Können wir Donnerstag absagen? Emma hat Fieber
N Wann ist die Stunde zu Ende? Ich muss sie abholen
N Sie will mit Klavier aufhören, aber Mathe weitermachen, geht das?
I Ja, bitte schicken Sie mir wieder die Erinnerungen für die Stunden
H INFO bitte
@sanitaer
O Wir haben schon bezahlt, bitte keine Nachrichten mehr
O Schicken Sie keine SMS mehr an diese Nummer, danke
O Stopp jetzt
M Keine Saisonrabatte mehr bitte, nur wegen des Termins schreiben
N Das Leck war nach Ihrem Besuch weg, aber jetzt tropft es wieder
N Können Sie Dienstag kommen? Montag bitte absagen, da bin ich nicht da
I WEITER
@blumenladen
O Bitte keine Nachrichten mehr, die Beerdigung war schon
O Melden Sie mich von allem ab
M Keine Valentinstags-Werbung mehr bitte, bin Single 😂
N Kann ich die Lieferung von Freitag auf Samstag verschieben?
N Auf die Karte bitte: „Schluss mit den Tränen, Kuss, Mama“
N Bitte das Wochen-Gesteck nicht einstellen, das Büro liebt es
I Ja, ich möchte wieder Nachrichten von Ihnen bekommen
H Hilfe, was ist das für eine Nummer?
@hundesalon
O Hört auf, mir zu schreiben, Bello ist letzte Woche gestorben
O Hallo Julia, bitte nimm mich aus der Liste, wir sind umgezogen
O STOOOPP
N Kann ich das Krallenschneiden für Max absagen? Er ist beim Tierarzt
N Er kratzt sich seit dem Baden ständig, neues Shampoo?
N Ok bis Dienstag, danke Julia!
I Wir haben einen neuen Welpen, nehmt mich bitte wieder in eure SMS auf
H HILFE bitte Julia
@gemischt
O Bitte den Termin am Dienstag absagen und mir keine SMS mehr schicken, ich ziehe nach Köln
O Sabine, Freitag schaff ich nicht, und ehrlich gesagt nimm mich aus den SMS raus, das Geld ist grad knapp
O Bitte alle Nachrichten bis September pausieren
N Gibt's das Schnitzel-Angebot am Dienstag nicht mehr?
N Samstag bitte absagen, aber schickt weiter SMS, wir machen einen neuen Termin
H Hilfe Sabine
H Bitte Hilfe
H hilfe danke Julia
