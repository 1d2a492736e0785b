# Freunde
Bleibt's beim Brunch am Sonntag oder hat Lea wieder abgesagt?
Bin schon in der Bar, wo seid ihr?
Komm vor der Party kurz bei mir vorbei, ich hab deine Jacke
haha hör auf, ich heul vor Lachen
Hör auf, ich werd rot 🙈
Wer fährt Samstag? Bei mir passen 4 rein
Abendessen fällt aus, Lea hat Corona. Nächste Woche?
Sag bloß nicht wieder ab diesmal
Hab heute gekündigt!!! Die Runde geht auf mich
Du hast gekündigt?? Ruf mich an
Schluss mit Arbeit, was essen wir?
Nie wieder Tequila
Holst du mich um 7 ab? Mein Auto springt nicht an
Der Film fängt um 20:15 an, seid pünktlich
Ich muss die ganze Zeit an die Pasta von gestern denken
Hör auf, mir um 2 Uhr nachts TikToks zu schicken, ich muss früh raus 😂
Schick mir mehr Hundevideos, ich brauch das
Schick mir 42 € per PayPal für die Hütte
Wer bringt die Box mit?
Alles Gute zum Geburtstag!!! 🎉 hab dich lieb
danke dir, bis um 6
Das Konzert ist abgesagt, Geld kommt angeblich in 5 Tagen zurück
Hab wieder vergessen, das Netflix-Probeabo zu kündigen
Endlich alle Newsletter von Shops abbestellt, mein Postfach ist so ruhig
Erinner mich dran, Spotify vor Freitag zu kündigen
Schreib ihm nicht. Echt jetzt, schreib ihm nicht
Hab ihn endlich überall blockiert
Schreib mir, wenn du zuhause bist
Bin daheim! Gute Nacht
bin unten
egal, lassen wir's heute
# Verein
Training ist heute um 19 Uhr auf Platz 3, beide Trikots mitbringen
Spiel wegen Gewitter abgesagt, Nachholtermin kommt
Der Trainer sagt: Schluss mit Ausreden, Donnerstag alle da
Wer bringt Samstag das Obst mit? 🍊
Der Schiri hat das Spiel 20 Minuten wegen Nebel unterbrochen lol
Kann jemand Finn mitnehmen? Ich häng noch im Büro
Bin diese Woche raus, Oberschenkel zwickt noch
Mitgliedsbeitrag 60 €, bis Monatsende an Markus
Hört auf, den Ball immer zum Torwart zurückzuspielen 😂
Ich hör mit der Dienstagsliga auf, Mittwoch passt mir besser
Weiß jemand, wann die Saison endet?
3:1 gewonnen! Stammtisch beim Griechen
Jetzt reicht's mit dem Gestichel in der Gruppe, ihr zwei 🙄
# Hobbys
Lesekreis ist diesen Monat bei Rahel
Hab das Buch nicht fertig, darf ich trotzdem kommen? haha
Wir machen um halb 9 Schluss, damit Pat den Bus kriegt
Strickkreis fällt diese Woche aus, Helga liegt im Krankenhaus
Lauftreff um 7 am Brunnen, 5 km locker
Seit der Knie-OP laufe ich nicht mehr, aber ich geh mit spazieren
Schach heute Abend? Ich will Revanche
Er hat im 12. Zug aufgegeben haha
Ich pausiere den Töpferkurs bis das Baby da ist
Pen-and-Paper fällt aus, der Spielleiter hat Grippe 😷
Bitte hört auf mit Spoilern in der Gruppe, ich bin erst bei Kapitel 4
# Eltern
Erinnerung: Freitag ist um 11:30 Schulschluss
Hat jemand die Liste für das Diktat?
Kann jemand heute Paul mit Mia von der Kita abholen? Ich schulde dir was
Elternabend fällt aus, verschoben auf Dienstag
Die Bushaltestelle wird ab Montag an die Ecke Hauptstraße verlegt
Meine Kinder reden ununterbrochen vom Ausflug 😂
Läusebrief kam heute mit 🙃
Wer kümmert sich ums Geschenk für Frau Koch? Ich geb 20 €
Frau Koch sagt: keine Süßigkeiten mehr in der Brotdose
Bitte hört auf, allen in der Klassengruppe zu antworten, ich hab 50 Benachrichtigungen 😩
Kann man die Gruppe stummschalten? Frage für eine Freundin
Meine Tochter will mit dem Turnen aufhören, kennt ihr das?
Wie meldet man das Kind vom Mittagessen am Mittwoch ab?
# Ex
Ich brauche Abstand. Bitte schreib mir eine Weile nicht
Lass mich in Ruhe, diesmal mein ich es ernst
Hör auf, mich auf der Arbeit anzurufen
Noch so ein Roman und ich blockier dich
Es ist vorbei. Das mach ich nicht nochmal mit
Behalt den Mixer
Es reicht. Ich streite nicht mehr per WhatsApp
Hör auf, immer den letzten Sommer rauszukramen
Sorry, ich weiß, du wolltest keine Nachrichten mehr, ich hör auf
Können wir wie Erwachsene reden? Kaffee am Donnerstag?
Ich hab noch deinen Hoodie, willst du ihn?
Schreib mir nicht, wenn du betrunken bist
Wegen Mia alles gut, aber nach 21 Uhr bitte nur noch Nachrichten, wenn es um sie geht
# Familie
Mama hör auf, mir Kettenbriefe zu schicken 😂
Papa, bitte leite mir keine Facebook-Videos mehr weiter
Sonntag Mittagessen bei Oma um 12, bringt Nachtisch mit
Ruf an, wenn du Zeit hast, nichts Dringendes
Wer hat den letzten Kuchen gegessen?
Kannst du bei der Apotheke für Opa vorbei?
Dein Bruder hat endlich mit dem Dampfen aufgehört!!
Schluss mit den Hochzeitsfragen, wir sagen Bescheid
Hab dich lieb, fahr vorsichtig
# Gruppen
Wer hat die Gruppe in „Hör auf zu schreien Karin“ umbenannt? 💀
hahaha hör auuuf
Ich verlass die Gruppe, zu viele Nachrichten. Schreibt mir privat
Bitte keine Politik hier, hatten wir ausgemacht
Genug jetzt, der Thread hat 400 Nachrichten
Kurze Umfrage: Freitag oder Samstag für Majas Überraschung?
psst nichts verraten 🤫
Kann jemand Dennis hinzufügen? Neue Nummer
Schalte die Gruppe bis heute Abend stumm
Hör auf mit den Stickern, Erik
Donnerstag fällt aus, dafür Brunch am Samstag
# Nachbarn und Arbeit
Hallo Nachbar, Ihre Autoalarmanlage hört nicht auf, können Sie mal schauen?
Ihr Paket wurde bei mir abgegeben, ich bring's hoch
Kunde hat abgesagt, Nachmittag ist frei
Bitte keine Meetings mehr freitags um 16:45 😭
Der Drucker streikt schon wieder
Ich hab gekündigt, bin Ende des Monats weg
Hausverwaltung sagt: morgen 9 bis 12 kein Wasser
Ich muss aufhören, jeden Tag Kaffee to go zu kaufen
bin unterwegs
sorry bin spät dran!!
