# German replies: Türkisch-/Russlanddeutsch, Studis im Ausland, Schweiz/Österreich, Sie/du-Mischung, Amtsdeutsch
@zw-mix
o STOP bitte, tamam?
o Stopp bitte, yeter artık
o Hört auf mir zu schreiben, yani wirklich
o Bitte keine SMS mehr, danke schön
o STOPP
o Stopp jetzt!
o Abmelden
o bitte abmelden, thanks
o Unsubscribe bitte
o Kannst du bitte aufhören mir zu schreiben, danke
o Hey, schick mir nix mehr
o Lasst mich in Ruhe mit euren SMS, stop
o Hoi, bitte kei SMS meh schicke
@zw-lowlit
o bite kein sms mer
o hören sie auf mir zu schiken
o ich wil das nich mehr
o stob
o nix mehr schiken bitte ich versteh nicht
o austragen
@zw-formal
o Sehr geehrte Damen und Herren, hiermit widerrufe ich meine Einwilligung zum Erhalt von SMS. Mit freundlichen Grüßen
o Ich bitte höflichst um Löschung meiner Rufnummer aus Ihrem Verteiler.
o Hiermit untersage ich Ihnen jegliche weitere Kontaktaufnahme per SMS.
o Guten Tag, ich ersuche Sie, von weiteren Zusendungen abzusehen. Hochachtungsvoll
@zw-autocorrect
o Stopf
o Stopp stopp stopp
o Halt
o HALT jetzt bitte
o falsche Nummer, ich bin nicht Herr Yilmaz, bitte austragen
o Ich wohne nicht mehr in Deutschland, bitte keine Nachrichten mehr an diese Nummer
o Das ist das Handy von meiner Oma, sie versteht das nicht, bitte aufhören
o Abbestellen
@zw-scope
m Keine Werbung mehr bitte, nur die Paketinfos
m Stopp mit den Angeboten, die Terminerinnerung ist okay
m Bitte keine Werbe-SMS mehr, den Bestätigungscode brauche ich aber
m Ich möchte keine Rabatt-Nachrichten mehr bekommen, Rechnungen gerne weiter
m Newsletter abbestellen bitte, Lieferinfos weiter schicken
m keine promo mehr, yeter
m Bitte nehmen Sie mich aus dem Marketing-Verteiler. Transaktionsmeldungen dürfen bleiben.
@zw-optin
i Starten
i Start bitte
i JA
i Ja bitte
i Anmelden
i Fortsetzen
i Weiter
i Ich möchte die Nachrichten wieder bekommen
i Bitte wieder SMS schicken, hab aus Versehen Stopp geschrieben
i Bin zurück aus der Türkei, ihr könnt wieder schreiben
i Wieder anmelden bitte
i Abonnieren
i START danke
@zw-help
h HILFE
h Hilfe bitte
h hilfe danke
h INFO bitte
h Info danke
h help bitte
h hilfee
h Hilfe, vielen Dank
h Infos bitte
@zw-lookalike
n Ich möchte meinen Termin am Dienstag absagen, ich fliege nach Istanbul
n Bitte stornieren Sie meine Bestellung, habe doppelt bestellt
n Wann fängt der Sale an?
n Ich komm morgen nach der Arbeit im Laden vorbei
n Ist die Haltestelle vor der Apotheke?
n Hört nicht auf mit den Erinnerungen, die brauche ich für die Ausländerbehörde
n Wer ist das?
n Ich verstehe kein Englisch, können Sie auf Deutsch schreiben?
n Ist das wegen meinem Konto bei der Sparkasse?
n Ich hab die Rechnung schon bezahlt, warum kommt das
n Ok danke
n Passt, bis Donnerstag
n Ich bestätige den Termin um 15 Uhr
n Hat „Dein Code ist 3390. Antworte STOPP zum Abmelden" mit „Gefällt mir" markiert
n Ist das die gleiche Nummer für WhatsApp?
n Der Link geht bei mir nicht auf
n Meine Tochter holt die Medikamente ab, geht das?
n Wie kann ich den Fitnessstudio-Vertrag kündigen? Kostet das was?
n Hören Sie auf, mich auf der Arbeit anzurufen, lieber per SMS
n Können Sie die Lieferung eine Woche anhalten? Bin im Ausland
n Danke, Gott segne Sie
n Kein Brot mehr in der Bestellung bitte, nur Milch
n Bis wann haben Sie heute offen?
n Meine Karte ist abgelaufen, ich zahle nächste Woche
n Gibt es Infos zur Impfung für Kinder?
n Ende des Monats passt mit der Zahlung
n Kann ich bar zahlen?
n Das Paket ist immer noch nicht da, wo ist es?
n Ich bin krankgeschrieben bis Freitag, kann ich den Termin verschieben?
n Genug ist genug, ich will mit einem Vorgesetzten sprechen wegen der Rechnung
