# amici
Il brunch di domenica è confermato o Giulia ha disdetto di nuovo?
Sono già al bar, voi dove siete?
Passa da me prima della festa, ho la tua giacca
ahahah basta, sto piangendo dal ridere
Smettila che arrossisco 🙈
Chi guida sabato? In macchina mia ci stanno in 4
Cena annullata, Giulia ha il covid. Settimana prossima?
Non darmi buca anche stavolta eh
Mi sono licenziato oggi!!! Offro io lo spritz
Come ti sei licenziato?? Chiamami subito
Basta parlare di lavoro, cosa mangiamo?
Mai più tequila
Mi passi a prendere alle 7? La macchina non parte
Il film inizia alle 20:15, non fate tardi
Non riesco a smettere di pensare alla carbonara di ieri sera
Smettila di mandarmi TikTok alle 2 di notte, domani lavoro 😂
Mandami altri video di cani, ne ho bisogno
Mandami 42 euro con Satispay per l'agriturismo
Chi porta la cassa?
Tanti auguri!!! 🎉 ti voglio bene
grazie tesoro, ci vediamo alle 6
Il concerto è stato annullato, rimborso in 5 giorni dicono
Ho di nuovo dimenticato di disdire la prova di DAZN
Finalmente mi sono disiscritta da tutte le newsletter dei negozi, che pace
Ricordami di disdire Spotify prima di venerdì
Non scrivergli. Sul serio, non scrivergli
L'ho bloccato ovunque, finalmente
Scrivimi quando arrivi a casa
Arrivata! Buonanotte
sono giù
vabbè lasciamo perdere per stasera
# squadra
Allenamento spostato alle 19 al campo 3, portate tutte e due le maglie
Partita rinviata per il temporale, si recupera più avanti
Il mister dice basta scuse, giovedì tutti presenti
Chi porta le arance sabato? 🍊
L'arbitro ha fermato la partita 20 minuti per la nebbia ahah
Qualcuno può dare un passaggio a Tommaso? Sono bloccato in ufficio
Questa settimana salto, il flessore fa ancora male
La quota è 60 euro, da dare a Marco entro fine mese
Smettetela di passarla sempre al portiere, ne abbiamo parlato 😂
Lascio il calcetto del martedì, il mercoledì mi va meglio
Qualcuno sa quando finisce il campionato?
Vinto 3 a 1! Birra da Gino
Basta frecciatine nel gruppo voi due 🙄
# hobby
Il club del libro questo mese è da Rachele
Non ho finito il libro, posso venire lo stesso? ahah
Chiudiamo alle 20:30 così Pat prende il bus
Niente uncinetto questa settimana, Elena è ricoverata
Corsa alle 7 alla fontana, 5 km tranquilli
Ho smesso di correre dopo l'operazione al ginocchio, ma vi accompagno camminando
Scacchi stasera? Voglio la rivincita
Ha abbandonato alla mossa 12 ahah
Metto in pausa il corso di ceramica finché non nasce il bambino
Sessione di D&D annullata, il master ha l'influenza 😷
Per favore basta spoiler nel gruppo, sono al capitolo 4
# genitori
Ricordo che venerdì escono alle 12:30
Qualcuno ha la lista del dettato?
Qualcuno può prendere Leo insieme a Sofia oggi? Ti devo un favore
Consiglio di classe annullato, spostato a martedì
La fermata dello scuolabus si sposta davanti al forno da lunedì
I miei figli non smettono di parlare della gita 😂
È arrivato l'avviso dei pidocchi sul diario 🙃
Chi organizza il regalo per la maestra? Metto 20 euro
La maestra ha detto niente più merendine
Vi prego smettete di rispondere a tutti nel gruppo classe, 50 notifiche 😩
Si può silenziare questo gruppo? Chiedo per un'amica
Mia figlia vuole smettere con la danza, alle vostre è successo?
Come si disdice la mensa del mercoledì sul registro elettronico?
# ex
Ho bisogno di spazio. Per favore non scrivermi per un po'
Lasciami in pace, stavolta dico sul serio
Smettila di chiamarmi al lavoro
Se mi mandi un altro papiro ti blocco
È finita. Non ci ricasco
Tieniti pure il frullatore
Basta. Non litigo più per messaggio
Smettila di tirare fuori l'estate scorsa
Scusa, so che mi hai chiesto di non scriverti, la smetto
Possiamo parlare da adulti? Un caffè giovedì?
Ho ancora la tua felpa, la rivuoi?
Non scrivermi quando sei ubriaco
Per Alice nessun problema, ma niente messaggi dopo le 21 a meno che non riguardi lei
# famiglia
Mamma smettila di mandarmi le catene di Sant'Antonio 😂
Papà basta inoltrarmi video di Facebook per favore
Pranzo dalla nonna domenica all'una, portate il dolce
Chiamami quando puoi, niente di urgente
Chi ha mangiato l'ultimo arancino?
Passi in farmacia per il nonno?
Tuo fratello ha finalmente smesso di svapare!!
Basta domande sul matrimonio, la data la diremo quando c'è
Ti voglio bene, guida piano
# gruppi
Chi ha rinominato il gruppo "Smettila di urlare Karen"? 💀
ahahah bastaaa
Esco dal gruppo, troppe notifiche. Scrivetemi in privato
Niente politica qui per favore, l'avevamo detto
Basta, questa chat ha 400 messaggi
Sondaggio: venerdì o sabato per la sorpresa di Maya?
zitti non ditele niente 🤫
Qualcuno aggiunge Davide? Ha cambiato numero
Silenzio il gruppo fino a stasera
Smettila con gli sticker Eric
Salta giovedì, facciamo brunch sabato
# vicini e lavoro
Salve vicino, l'allarme della sua macchina non smette, può controllare?
Hanno lasciato un pacco suo da me, glielo porto
Il cliente ha disdetto, pomeriggio libero
Smettetela di fissare riunioni il venerdì alle 17:45 😭
La stampante si è bloccata di nuovo
Ho dato le dimissioni, vado via a fine mese
L'amministratore dice che domani manca l'acqua dalle 9 alle 12
Devo smettere di prendere il caffè al bar tutti i giorni
sto arrivando
scusa sono in ritardo!!
