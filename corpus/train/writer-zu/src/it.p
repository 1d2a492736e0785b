%% Italian person-to-person texts.
sto arrivando
arrivo tra 10 min scusa
dove sei?
che fai
niente e tu
tvb
tvtb ❤️
basta ahahah sto morendo 😂
smettila mi fai arrossire
ferma ti prego 😭
smettila di fare la drammatica
mamma smettila di scrivermi in classe
nn scrivermi ora sto guidando
nn mandarmi msg durante l'esame dp ti chiamo
lasciami in pace sto dormendo
lasciami stare 5 min x favore
basta meme nn respiro ahah
basta telefoni, alle 21 tutti a letto
niente dolci prima di cena
mai più carbonara così tanta
mi sono licenziata oggi!!!
papà ha finalmente smesso di fumare
esci dal bagno dai
hai disdetto netflix o lo faccio io?
annulliamo la cena stasera? sono distrutta
hanno annullato la partita x la pioggia
mi disdici l'appuntamento dal dentista x favore
dobbiamo disdire la palestra è un furto
mi sono disiscritto da tutti quei canali youtube
il film finisce alle 23
fine della storia
è la fine di un'era
ti puoi fermare al benzinaio?
passi stasera?
passo dalla nonna dopo il lavoro
il bus nn si è fermato alla fermata di nuovo
a che ora inizi il turno
la partita inizia alle 20:45 nn fare tardi
avvisami quando arrivi
atterrato ✈️
buon compleanno sorellina 🎉
auguri!! goditela
grazie x la cena di ieri
cosa mangiamo stasera
pasta?
dai
boh scegli tu
sono distrutto
anche io
ahahahahah
buonanotte 😴
buongiorno ☀️
hai dato da mangiare al cane?
butta la spazzatura x favore
chi ha mangiato i miei avanzi
nn sono stato io
è stato luca sicuro
mamma mi vieni a prendere alle 4?
papà la macchina fa di nuovo quel rumore strano
la nonna vuole che la chiami
hai fatto i compiti?
sì mamma
ok ok li sto facendo
smettila di chiedermi se ho fatto i compiti 🙄
smettila di farmi il solletico ahah
possiamo smettere di litigare x questo?
fermiamoci x stasera e ne parliamo domani
devi smettere di lasciare i piatti nel lavandino
se nn la smetti lo dico alla mamma
nn riesco a smettere di pensare a quella serie
nn smette di piovere
il telefono nn smette di vibrare
nn ne posso più di sta settimana
basta caffè x te oggi
niente scuse domani palestra
niente drammi x favore
è finita con giulio
game over abbiamo perso
nn ci crederai
chiamami subito
rispondi al telefono
batteria scarica scusa
mi presti la felpa?
hai lasciato le chiavi qui
dove sei adesso
al centro commerciale
con chi
solo con sara
ok a casa entro le 22
il wifi nn va di nuovo
hai pagato la bolletta?
mi mandi 15 su satispay x la pizza
fatto
a che ora è la festa
verso le 21
porta le patatine
mi manchi
anche tu di più
guida piano
scrivimi quando sei a casa
arrivata
notte amore
mamma smettila di mandarmi le catene su whatsapp 😂
nonno nn rispondere sempre a tutti nel gruppo famiglia
prometto che nn ti stresso più con sta cosa
sono uscito dal gruppo era troppo
lascia la porta aperta nn ho le chiavi
lascialo sul tavolo
chiudi che ti richiamo
ho annullato il volo resto un'altra settimana
domani niente scuola??
mi hanno annullato l'ordine 😡
annulla l'uber ho trovato un passaggio
il concerto è stato annullato sono distrutta
ok basta hai vinto
SMETTILA DI URLARE NEL GRUPPO ahah
SCUSA MAIUSCOLO
puoi prendere i bambini alle tre e mezza punto grazie
ho ripensato a quello che hai detto ieri e hai ragione dobbiamo smettere di rimandare il viaggio e prenotare prima che salgano i prezzi che dici
mamma lo so che ti preoccupi ma devi smettere di chiamarmi ogni ora quando esco ho 22 anni sto bene ti scrivo quando torno
complimenti x il nuovo lavoro!!
che orgoglio
pranzo domenica da noi?
perfetto
sto weekend nn posso
mandami le foto
che amore
