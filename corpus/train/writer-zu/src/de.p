%% German person-to-person texts.
bin unterwegs
komm 10 min später sorry
wo bist du?
was machst du
nix und du
hab dich lieb
hdl ❤️
hör auf haha ich kann nicht mehr 😂
hör auf, ich werd rot
stopp ich heul 😭
hör auf so dramatisch zu sein
mama hör auf mir im unterricht zu schreiben
schreib mir grad nicht ich fahr auto
schreib mir nicht während der prüfung, ich ruf danach an
lass mich in ruhe ich schlaf
lass mich mal kurz in ruhe bitte
genug memes jetzt ich krieg keine luft
so jetzt reicht's mit handy, um 9 ist schluss
keine süßigkeiten mehr vorm essen
nie wieder raclette ich platze
hab heute gekündigt!!!
papa hat endlich mit dem rauchen aufgehört
blockier nicht immer das bad
hast du netflix gekündigt oder soll ich
sagen wir das essen heute ab? bin durch
das spiel wurde wegen regen abgesagt
kannst du meinen zahnarzttermin absagen bitte
wir sollten das fitnessstudio kündigen ist abzocke
hab die ganzen youtube kanäle deabonniert lol
der film geht bis 23 uhr
ende der geschichte
das ist das ende einer ära
kannst du an der tanke halten
kommst du nachher vorbei?
ich schau nach der arbeit bei oma vorbei
der bus hat wieder nicht an der haltestelle gehalten
wann fängt deine schicht an
das spiel fängt um 20:30 an sei pünktlich
sag bescheid wenn du da bist
gelandet ✈️
alles gute zum geburtstag schwesterherz 🎉
happy birthday!! feier schön
danke fürs essen gestern
was essen wir heute
pizza?
jo
kp entscheid du
bin so müde
geht mir genauso
hahahaha
gute nacht 😴
guten morgen ☀️
hast du den hund gefüttert
bring bitte den müll raus
wer hat meine reste gegessen
ich wars nicht
war bestimmt paul
mama kannst du mich um 4 abholen
papa das auto macht wieder das komische geräusch
oma will dass du sie anrufst
hast du hausaufgaben gemacht?
ja mama
ja ja ich mach ja schon
hör auf mich zu fragen ob ich hausaufgaben gemacht hab 🙄
hör auf mich zu kitzeln haha
können wir aufhören uns deswegen zu streiten?
lass uns für heute aufhören und morgen reden
du musst aufhören dein geschirr in der spüle zu lassen
wenn du nicht aufhörst sag ichs mama
ich muss die ganze zeit an die serie denken
es hört nicht auf zu regnen
mein handy hört nicht auf zu vibrieren
hab die schnauze voll von dieser woche
du hattest genug kaffee heute
keine ausreden mehr morgen gym
bitte kein drama
mit tim ist schluss
game over wir haben verloren
du glaubst es nicht
ruf mich schnell an
geh mal ran
akku leer sorry
leihst du mir deinen hoodie?
du hast deinen schlüssel hier vergessen
wo bist du grad
im einkaufszentrum
mit wem
nur mit lea
ok um 10 zuhause
wlan geht schon wieder nicht
hast du die stromrechnung bezahlt
schickst du mir 15 per paypal für die pizza
ist raus
wann ist die party
so um 9
bring chips mit
vermiss dich
ich dich mehr
fahr vorsichtig
schreib wenn du zuhause bist
bin daheim
gute nacht schatz
mama hör auf mir kettenbriefe auf whatsapp zu schicken 😂
opa bitte nicht immer allen in der familiengruppe antworten
versprochen ich nerv dich nicht mehr damit
bin aus der gruppe raus war zu viel
lass die tür offen ich hab keinen schlüssel
leg es auf den tisch
leg auf ich ruf zurück
hab den flug storniert ich bleib noch ne woche
fällt die schule morgen aus??
meine bestellung wurde storniert 😡
storniere das uber ich hab ne mitfahrgelegenheit
das konzert wurde abgesagt ich bin am boden
ok stopp du hast gewonnen
HÖR AUF IN DER GRUPPE ZU SCHREIEN haha
SORRY FESTSTELLTASTE
kannst du die kinder um halb vier abholen Punkt danke
hab nochmal über gestern nachgedacht und du hast recht wir müssen aufhören die reise zu verschieben und jetzt buchen bevor die preise steigen was meinst du
mama ich weiß du machst dir sorgen aber du musst aufhören mich jede stunde anzurufen wenn ich unterwegs bin ich bin 22 und alles ist gut ich schreib wenn ich daheim bin
glückwunsch zum neuen job!!
bin stolz auf dich
sonntag essen bei uns?
klingt gut
dieses we kann ich nicht
schick fotos
wie süß
