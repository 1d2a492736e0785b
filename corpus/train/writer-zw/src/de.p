# German p2p
Anne, bin gut in Berlin angekommen, ruf dich morgen an
Mama, ich ess genug, mach dir keine Sorgen
Papa hör auf dir Sorgen zu machen, das Studium läuft gut
Hab dir das Geld über Wise geschickt, sag Bescheid wenn's da ist
Sag Oma, ich ruf Sonntag per Video an
Mama hör bitte auf, mir diese Kettenbriefe auf WhatsApp zu schicken 😂
Der Termin bei der Botschaft ist am 14., drück mir die Daumen
Tante, kannst du mir das Rezept für Sarma nochmal schicken?
Mein Flug nach Antalya wurde gestrichen, ich komm erst Montag
Schreib mir morgen früh nicht, ich hab um 8 Klausur
Schick mal ein Foto vom neuen Hund
Dein Cousin kommt im März nach Wien, kann er bei dir pennen?
Jetzt reicht's mit dem Heiraten-Thema, Mama
Keine Sucuk mehr in den Koffer, der Zoll hat letztes Mal alles genommen
Hier ist es 3 Uhr nachts, die Zeitverschiebung killt mich
Ich hör nach dem Semester mit der Nachtschicht auf, versprochen
Ende des Monats krieg ich mein erstes Gehalt hier
Geh mal bei Onkel Mehmet vorbei, wenn du in Köln bist, er hat die Papiere
Ich vermisse dein Essen so, hier schmeckt alles nach nix
Alles Gute zum Geburtstag Papa, iyi ki doğdun, sorry dass ich nicht da bin
Das WLAN ist mies, ich schreib lieber
Die Bank hat meine Karte gesperrt, weil ich sie im Ausland benutzt hab
Hör nicht auf, mir Sprachnachrichten zu schicken, ich hör dich gern
Wer hat SCHON WIEDER die Milch leer gemacht
Kannst du bitte aufhören, dein Geschirr in der Spüle stehen zu lassen, seit 3 Tagen
Miete ist Freitag fällig, ich schick dir meinen Teil per PayPal
Der Vermieter kommt um 10 wegen der Heizung
Sag die Putzfrau diese Woche ab, ich mach's selbst
Ich koch heute Linsensuppe, willst du auch?
Hör auf, meine Hafermilch zu klauen 😤
Schluss mit der lauten Musik nach Mitternacht, wir haben morgen Uni
Jemand hat die Haustür offen gelassen
Haben wir noch Klopapier oder soll ich welches holen?
Gelber Sack kommt Dienstag raus, nicht Mittwoch
Keine Partys mehr unter der Woche ok? Die Nachbarn haben sich beschwert
Ich komm spät, wartet nicht mit dem Essen
Kannst du auf dem Heimweg Eier mitbringen? Ich geb dir das Geld
Dein Paket ist da, hab's reingeholt
Ich zieh Ende Juni aus, sag's euch schon mal
Wer ist der Typ, der auf unserem Sofa pennt??
Der Mietvertrag läuft im August aus, verlängern wir?
Warmwasser geht wieder!
Na gut, ich kündige mein Netflix und nehm deins
Reis ist alle, ich hol den großen Sack beim Asia-Laden
Ist die Abgabe heute Abend oder Montag?
Der Prof hat die Vorlesung abgesagt, schau auf Moodle
Kannst du mir deine Mitschriften von Donnerstag schicken? War krank
Lerngruppe um 4 in der Bib?
Ich melde mich von Statistik ab, das schaff ich nicht
Hör auf, Panik zu schieben, die Klausur ist Open Book
Hast du die Hausarbeit schon hochgeladen?
Das Seminar endet um 18 Uhr, danach Döner?
Keine Nachtschichten mehr vor Prüfungen, ich schwör
Wer macht das Fazit?
Ich komm kurz bei dir im Wohnheim vorbei wegen dem Ladekabel
Schreib nicht mehr in die Gruppe, sie hat sie eh stummgeschaltet
Das Praktikum fällt aus, das Gerät ist kaputt
Kommst du zur Erasmus-Party?
Genug gelernt für heute, mein Kopf ist leer
Ich steh an der Haltestelle, der Bus hat wieder Verspätung
Lass uns Samstag mit dem Projekt anfangen
Nächste Woche fangen die Klausuren an, ich bin nicht bereit
Abgabe wurde auf Freitag verschoben!!
Komm 10 Min später, die S-Bahn steht in Ostkreuz
Kannst du Samstag für mich einspringen? Ich hab den Einbürgerungstest
Der Chef sagt wir dürfen früher gehen
Meeting fällt aus, er ist krank
Ich kündige in zwei Wochen, sag's noch keinem
Hör auf, mich bei jeder Mail in CC zu setzen haha
Schickst du mir den Schichtplan für nächste Woche?
Der Drucker hat schon wieder Papierstau
Feierabend, ich bin raus, bis morgen
Wer hat mein Essen aus dem Kühlschrank genommen
Schluss mit Überstunden diesen Monat, ich brauch Schlaf
Der Kunde will den Bericht bis heute Abend
Kannst du mal schauen, ob ich den Stundenzettel richtig ausgefüllt hab?
Schreib mir nicht an meinem freien Tag, ruf an wenn's brennt
Die Kaffeemaschine geht wieder
Musste den Zahnarzt absagen wegen der Doppelschicht
Gehalt kommt Donnerstag, oder?
Die stellen wieder ein, sag deiner Cousine sie soll sich bewerben
Danke, dass du mir bei der Mail auf Englisch geholfen hast
Wollen wir um 1 Mittag machen?
Hör auf so viel zu arbeiten, du lässt uns schlecht aussehen
Passt, um 7
Lan, wo bist du
Bin unterwegs, mega Stau
Haha ja ich weiß
Inshallah gewinnen wir Sonntag
Vergiss das Ladekabel nicht
Sorry, hab deinen Anruf verpasst, war in der U-Bahn
So, genug für heute, ich geh schlafen
Gute Nacht, schlaf gut
Wie war nochmal das WLAN-Passwort
Hast du das Finale gesehen? Unglaublich
Vergiss es, hab meine Schlüssel gefunden
Lass uns aufhören zu streiten, tut mir leid
Kein Kaffee mehr für mich, ich zitter schon
Hör auf, du bringst mich in der Bib zum Lachen
Wo essen wir, Libanese oder Koreaner?
Mein Handy korrigiert alles auf Türkisch, ignorier die Fehler
Ich hab das Fitnessstudio gekündigt und die buchen trotzdem ab
Endlich hab ich meinen Aufenthaltstitel!!!
Das Baby hat endlich aufgehört zu weinen, es schläft
Grüezi, chunsch hüt Abig au as Fäscht?
