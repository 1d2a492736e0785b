Bin 10 Min zu spät, fangt ohne mich mit dem Meeting an
Kannst du kurz an meinem Platz vorbeikommen?
Hat Anna den Termin um 14 Uhr abgesagt oder bleibt der?
Hör auf, bei der Mail allen zu antworten, der Chef dreht durch lol
Wer hat meinen Joghurt aus dem Kühlschrank genommen??
Die Präsi liegt im Teams-Ordner, Folie 12 fehlen noch Zahlen
Kannst du Samstag meine Schicht übernehmen? Ich mach dafür Dienstag
Der Drucker im 2. OG hat schon wieder Papierstau
Mittag beim Italiener gegenüber?
Ich kündige zum Monatsende, behalt's bitte erst mal für dich
Bin heute krank, schau später in die Mails
Bitte schreib mir nach 21 Uhr nichts mehr wegen Arbeit, pack's in Teams
Glückwunsch zur Beförderung!! Freitag ein Bier?
Ich beende den Call gleich, die Kita ruft an
Schluss mit Meetings freitags um 17 Uhr, ich flehe euch an
Das WLAN ist schon wieder weg
Hab dir die Rechnung geschickt, sag Bescheid falls die Bestellnummer falsch ist
Hallo, hier ist Petra aus dem 3. Stock, ich hab ein Paket für Sie
Ihr Hund ist wieder ausgebüxt, er ist bei uns im Garten, alles gut
Könnten Sie bitte aufhören, vor meiner Einfahrt zu parken? Kam heute früh nicht raus
Ist bei euch auch der Strom weg?
Danke, dass ihr den Müll für meine Mutter rausgestellt habt
Wir feiern Samstag ein bisschen, sorry schon mal wegen der Lautstärke
Kann ich mir kurz eure Leiter leihen?
Die Eigentümerversammlung ist schon wieder abgesagt
Wir sind bis zum 20. weg, könnt ihr den Briefkasten leeren?
Kommt vorbei wann ihr wollt, ich hab Suppe für zehn gekocht
Bitte keine Zucchini mehr, wir haben noch welche von letzter Woche haha
Die Hausverwaltung sagt, das Treppenhaus wird im Mai gestrichen
Die Kinder können nach der Schule zu uns, falls ihr länger arbeitet
Wer hat den Herd angelassen?
Ich bestell Pizza, willst du auch?
Miete ist Freitag fällig, überweis mir deinen Teil per PayPal
Kannst du aufhören, das Geschirr drei Tage in der Spüle stehen zu lassen?
Der Vermieter kommt Dienstag um 10 wegen der Therme
Kein Klopapier mehr. Kein Spüli. Gar nichts
Hör auf, meine Reste zu essen, ich beschrifte jetzt alles
Bist du zu Hause? Hab meinen Schlüssel vergessen
Ich kündige Netflix, guckt eh keiner, wir teilen uns Disney+
Bitte schreib mir nicht um 3 Uhr nachts, ob die Tür abgeschlossen ist
Der Rauchmelder piept wieder, bestimmt die Batterie
Bin am Wochenende weg, Hochzeit meiner Cousine in Leipzig
Wer ist dieser Kevin auf unserem Sofa?
Du hast diese Woche Bad-Dienst
Das Internet ist schon wieder teurer geworden, 5 € mehr
Sonntag um 13 Uhr Mittagessen bei Oma, bringt was mit
Mama hör auf, Minion-Sticker zu schicken 😂
Wer hat den Schlüssel fürs Ferienhaus?
Papa, dein Handy ruft mich schon wieder aus der Hosentasche an
Alles Gute zum Geburtstag Tante Rosi!! 🎂🎉
Mein ICE kommt um 18:40 an, kann mich jemand abholen?
Können wir bitte aufhören, in der Familiengruppe über Politik zu streiten
Ich hol die Kleinen heute ab, du musst nicht
Opa ist aus dem OP raus, alles gut, er meckert schon übers Essen
Denkt dran, Leons Aufführung ist um 19 Uhr, seid pünktlich
Dieses Jahr keine Politik an Weihnachten, ich mein's ernst
Schick mal das Foto vom Hund mit der Mütze
Mama ich kann nicht aufhören zu lachen wegen deiner Autokorrektur
Hat jemand die neue Nummer von Onkel Dieter?
Ich mach den Kartoffelsalat, jemand anders den Nachtisch
Sag Lena, sie soll mich zurückrufen
Fahre jetzt los, A3 ist dicht
Hat jemand die Fische gefüttert?
Ich hab den Job!!
Papa, du musst nicht STOPP in die Gruppe schreiben, das sind nur wir haha
Oma fragt, warum ihr Handy sagt Speicher voll
Ich bring Stühle mit
Hab euch lieb, fahrt vorsichtig
Halt an der Tanke auf dem Weg, die im Dorf hat zu
Onkel Uwe sagt ab, wieder der Rücken
Mama hör auf, meine Babyfotos auf Facebook zu posten 😭
Guten Tag, hier Herr Becker, der Klempner kommt morgen zwischen 13 und 15 Uhr
Die Spüle tropft wieder unten im Schrank
Miete für März ist überwiesen, können Sie kurz bestätigen?
Donnerstag wird von 9 bis 11 das Wasser abgestellt
Der Trockner geht nicht mehr, macht nur klick
Darf ich das Schlafzimmer streichen? Ein helles Grau
Zur Erinnerung: Ihr Mietvertrag endet am 30.6., möchten Sie verlängern?
Bitte hören Sie auf, ohne 24 Stunden Ankündigung vorbeizukommen, steht im Vertrag
Die Heizung springt gar nicht an, es sind 16 Grad in der Wohnung
Ich kündige vorzeitig, werde nach München versetzt. Wie ist die Frist?
Die Mahngebühr hab ich gestern bezahlt, bitte nicht mehr deswegen schreiben
Kaution ist angekommen, danke!
Können wir die Wohnungsübergabe auf Montag legen?
Steht heute Abend noch?
Hör auf, ich lach mich tot
Ich muss die ganze Zeit an diesen Döner denken
Film fängt um 20:15 an, hab die Karten
Schreib mir, wenn du zu Hause bist
Hab eine Woche auf Zucker verzichtet und sterbe
Nie wieder Tequila, versprochen
Schreib nicht beim Fahren, ich ruf dich in der Mittagspause an
Ist es kalt bei euch? Soll ich eine Jacke mitnehmen?
Ruf mich an, wenn du kannst
Wo hast du geparkt?
Hast du das Fitnessstudio schon gekündigt? Bei mir haben die monatelang weiter abgebucht
Hab heute 40 Newsletter abbestellt, herrlich
Passt, um 18 Uhr
Die letzte S-Bahn war weg, bin zu Fuß heim
Bin beim Tierarzt mit Bello, er hat eine Socke gefressen
Lass die 5-Minuten-Sprachnachrichten und schreib einfach
Hör auf, mir TikToks auf der Arbeit zu schicken, ich lach laut los
Wo bist du?
Sorry, hab deinen Anruf verpasst
Lebst du noch?
Spieleabend bei uns am Donnerstag
Das Konzert ist abgesagt, Geld gibt's angeblich zurück
Bin in 5 Min da
