# Italian replies
@parrucchiere
O BASTA
O Ciao Giusy, sono Chiara. Per favore non mandatemi più messaggi, mi sono trasferita a Torino
O Non vengo più al salone, smettete di scrivermi
O Toglietemi dalla lista, questo era il numero di mia madre
O Stop grazie
M I promemoria degli appuntamenti vanno bene, ma niente più promozioni
N Posso spostare l'appuntamento con Marta da giovedì a sabato?
N Disdico l'appuntamento di domani alle 17, mia figlia ha la febbre
N Arrivo con 10 minuti di ritardo, non datemi via il posto
N Ha messo mi piace a “Salone Aurora: -20% sui colpi di sole. Rispondi STOP per non ricevere più SMS”
N Confermo venerdì alle 11, grazie Giusy
I Vorrei ricevere di nuovo i promemoria, grazie
I START grazie
H AIUTO
@officina
O Signor Bruno, ho venduto la Panda, non mi scriva più per il tagliando
O FERMA
O Non mandatemi più SMS, mi avete fatto pagare troppo i freni
O Cancellami
M Il promemoria della revisione va bene, i buoni sconto basta
N La macchina è pronta? Mi aveva detto per le 16
N Lasciate perdere la convergenza, solo il cambio olio
N La spia del motore non smette di lampeggiare, posso portarla oggi?
N Non smettete di mandarmi il promemoria della revisione, se no me lo scordo
I Sono di nuovo Carla, ho preso un'altra macchina, potete riscrivermi
H aiuto per favore
@dentista
O Smettete di mandarmi SMS, ho cambiato dentista
O Voglio disiscrivermi
O Numero sbagliato, non sono Kevin, cancellatemi dalla vostra lista
O Non voglio più ricevere messaggi
O BASTA SMS
M Basta newsletter sullo sbiancamento, solo gli appuntamenti
N Devo disdire la pulizia del 3, si può fare il 10?
N Il dolore non passa dall'otturazione, devo venire?
N Ho riprenotato online, potete annullare quello vecchio
I Riattivate gli SMS per favore, rivoglio i promemoria
I ISCRIVIMI
H AIUTO grazie
@trattoria
O Adesso basta coi messaggi, non scrivetemi più
O Come faccio a disiscrivermi da questi messaggi?
O STOP STOP
O Non mi sono mai iscritto, cancellate il mio numero
M Le offerte del pranzo non mi interessano, smettete di mandarle
N Posso annullare l'ordine? Ho sbagliato indirizzo
N Siamo in ritardo, tenete il tavolo, non cancellate la prenotazione
N L'ordine su Glovo non è mai arrivato, voglio il rimborso
I Rimandatemi le offerte del venerdì per favore, mi mancano
@palestra
O Coach Luca, per favore non scrivermi più, ho disdetto l'abbonamento
O Cancellate il mio numero per favore
O Ho disdetto a gennaio, basta con gli SMS
O Non voglio più vostri messaggi
M Gli orari dei corsi sì, le offerte del personal trainer no grazie
N Vorrei sospendere l'abbonamento mentre mi riprendo dall'operazione
N Posso annullare la prenotazione di spinning delle 7? Non ho sentito la sveglia ahah
N Come faccio a disdire? A maggio mi trasferisco all'estero
N Ho smesso con il crossfit ma voglio continuare yoga
I Sono tornato dal trasloco, potete riprendere a scrivermi
I Riscrivetemi pure, mi riscrivo alla lista
@ripetizioni
O Buongiorno prof. Ferri, Matteo non ha più bisogno di ripetizioni, non ci scriva più
O Toglietemi dalla lista SMS
O disiscrivimi
N Possiamo saltare la lezione di giovedì? Emma ha la febbre
N A che ora finisce la lezione? Devo andarla a prendere
N Vuole smettere con il piano ma continuare matematica, si può?
I Sì, mandatemi di nuovo i promemoria delle lezioni
H INFO grazie
@idraulico
O Abbiamo già pagato, smettetela di mandarci messaggi
O Non mandate più SMS a questo numero, grazie
O FERMATEVI
M Basta sconti di stagione, scrivetemi solo per l'intervento
N La perdita si era fermata dopo che è andato via ma adesso gocciola di nuovo
N Può venire martedì? Annulli lunedì, non sono a casa
I CONTINUA
@fioraio
O Per favore non mandatemi più messaggi, il funerale c'è già stato
O Disiscrivetemi da tutto
M Basta promozioni di San Valentino, sono single 😂
N Posso spostare la consegna da venerdì a sabato?
N Sul biglietto: "Basta lacrime, un bacio, la mamma"
N Non interrompete la composizione settimanale, in ufficio la adorano
I Sì, voglio ricevere di nuovo i vostri messaggi
H Aiuto, che numero è questo?
@toelettatura
O Smettete di scrivermi, Briciola è morta la settimana scorsa
O Ciao Vale, toglimi dalla lista per favore, ci siamo trasferiti
O BASTAAA
N Posso disdire il taglio unghie di Max? È dal veterinario
N Non smette di grattarsi dopo il bagno, avete cambiato shampoo?
N Ok a martedì, grazie Vale!
I Abbiamo un cucciolo nuovo, rimettetemi nei vostri SMS
H AIUTO per favore Vale
@misto
O Disdite l'appuntamento di martedì e smettete di mandarmi SMS, mi trasferisco a Bologna
O Giusy venerdì non ce la faccio, e sinceramente toglimi dai messaggi, sono al verde
O Mettete in pausa tutti i messaggi fino a settembre per favore
N L'offerta del martedì è finita?
N Annulla la lezione di sabato ma continua a mandarmi i messaggi, la recuperiamo
H Aiuto Giusy
H Aiuto grazie mille
H aiuto grazie Vale
