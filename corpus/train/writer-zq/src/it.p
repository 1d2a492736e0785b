sto arrivando
scusa sono in ritardo, c'è traffico sulla tangenziale
amo prendi il pane tornando
mà stasera non ceno a casa
e me lo dici adesso? ho fatto le lasagne
tenetemene un piatto allora
chi mi ha fregato il caricabatterie
nonna ti ho mandato la foto del bimbo
che bello tesoro mio, assomiglia al nonno buonanima
nonna scrivi in maiuscolo sembra che urli 😂
COME SI TOGLIE IL MAIUSCOLO
raga stasera aperitivo?
ci sto, solito bar?
io arrivo tardi, tenetemi uno spritz
ma che fine hai fatto
scusa periodo pieno, ci sentiamo domenica
hai visto la partita? che rigore assurdo
non ne parliamo, basta, sto male
smettila di mandarmi audio da 5 minuti
ok smetto 😅
basta audio, scrivi come le persone normali
l'allenamento è annullato per la pioggia
passa da me dopo, ti do le chiavi
il treno è fermo a Bologna, 40 minuti di ritardo
Trenitalia non si smentisce mai
ho mollato la palestra, non ce la facevo più
ma dai, eri così costante
ho smesso di fumare da due settimane!
grandissimo, tieni duro
non riesco a smettere di ridere per quel meme
a che ora inizia il concerto
alle 21, finisce verso mezzanotte
disdici tu la prenotazione al ristorante? io non ci riesco
fatto, ho chiamato
la riunione di domani è annullata, la spostiamo a giovedì
chi porta la torta per il compleanno di Marco in ufficio?
la prendo io in pasticceria
mi copri il turno di sabato? ti ridò domenica
affare fatto
papà mi presti 20 euro
per cosa
pizza con i ragazzi
va bene ti faccio una satispay
sei il migliore
la zia è in ospedale, niente di grave
oddio, quale ospedale?
al Niguarda, reparto ortopedia
stiamo per imbarcare, ti scrivo quando atterriamo
atterrati!
mi tieni i bambini sabato mattina?
sì se torno entro l'una
hai letto la mail del capo
sì, non rispondo fino a lunedì
prof ha detto che domani interrogazione di storia
nooo io non ho studiato niente
andiamo al centro commerciale con Martina, vieni?
non posso sono in punizione
che hai combinato
ho preso 4 in latino 💀
tua madre dice di richiamarla
dille che sono da Chiara
l'idraulico viene tra le 9 e le 12, ci sei?
ho un mal di schiena tremendo
prendi un oki, è nel cassetto
Ciao figlio mio, qui fa freddissimo, copriti. Mamma
mamma ho 35 anni
sempre mio figlio sei
scusa stavo guidando
tranquillo
è vero che ti trasferisci a Torino??
sì a giugno! poi ti racconto tutto
avevi detto che smettevi di mangiare il mio yogurt
smetto quando smetti di comprare quello buono
lista: banane, pane, pollo, detersivo piatti
MI HANNO PRESO!!!!
complimentiiii 🎉🎉
sei sveglia?
sì non riesco a dormire
il wifi non va di nuovo
spegni e riaccendi il modem
ora va grazie
auguri per i vostri 25 anni zii!
il nonno ha preso le pastiglie stamattina?
sì l'ho visto io
dove hai parcheggiato
al piano -1 vicino all'ascensore
mi mandi gli appunti di biologia
sono sotto
scendo
pizza o sushi?
pizza ovvio
il cane ha mangiato un calzino di nuovo
ancora 😩
l'ufficio è chiuso lunedì per il ponte?
mi mandi la ricetta della parmigiana
sono in farmacia, ti serve qualcosa
le pastiglie per la gola grazie
amore sono distrutta
torna a casa, ho fatto il brodo
per favore smettila di lasciare i piatti nel lavandino
fermati al semaforo e gira a sinistra, casa gialla
basta scuse, domani palestra alle 7
ora basta, prenoto le vacanze
non fare la drammatica e vieni alla festa
la fila alle poste non finisce mai
hanno annullato il concerto 😭 rimborso in 5 giorni
dividiamo un taxi?
uè dove sei
sotto casa tua, scendi
buonanotte a tutti 😘
notte
dove sei
qui
