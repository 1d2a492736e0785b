oa retail | BASTA
oa retail | basta grazie
oa telecom | FERMA
oa bank | Stop grazie
oa app | cancellami
oa retail | disiscrivimi
oa political | basta messaggi, non voto nemmeno in questo comune
oa retail | non voglio più ricevere sms
oa pharmacy | Per cortesia non inviatemi più messaggi
oa restaurant | cancellate il mio numero
oa gym | come faccio a disiscrivermi??
oa telecom | SMETTETELA DI SCRIVERMI!!! vi segnalo al Garante della privacy
oa bank | Gentili Signori, vi chiedo cortesemente di interrompere l'invio di SMS a questo numero. Distinti saluti, G. Russo
oa school | numero sbagliato, toglietemi dalla lista per favore
oa delivery | Numero sbagliato. Non scrivetemi più
oa retail | bsata
oa retail | bastaaaa
oa app | F E R M A subito
oa church | Per favore non mandatemi più messaggi, Dio vi benedica
oa political | ogni giorno un messaggio, ora basta, smettetela
oa charity | ho già donato, toglietemi dalla lista per favore
oa clinic | Questo telefono era di mio padre, è mancato. Non inviate più messaggi.
oa app | lasciatemi in pace, niente più sms
oa retail | ma basta con sti messaggi
oa airline | Desidero non ricevere più SMS
oa utility | annullare gli sms
oa gym | ho disdetto l'abbonamento 3 mesi fa, basta messaggi
oa retail | mi avete rotto, stop
oa telecom | io non volere messaggio, per favore basta
oa app | rimuovimi
om retail | niente più promozioni, solo gli aggiornamenti sugli ordini
om telecom | basta pubblicità
om bank | Niente SMS promozionali grazie, gli avvisi di sicurezza sì
om restaurant | smettete di mandarmi i coupon
om airline | niente offerte ma tenete gli avvisi del volo
om pharmacy | avvisatemi solo quando la ricetta è pronta, niente pubblicità
om app | toglietemi dalla newsletter, il resto va bene
i retail | INIZIA
i telecom | SÌ
i school | sì grazie
i app | riprendi
i pharmacy | voglio ricevere di nuovo i messaggi
i bank | iscrivimi
i gym | rimandatemi i promemoria dei corsi per favore
i retail | mi sono disiscritta per sbaglio, rimettetemi
i church | Sì, vorrei ricevere i messaggi settimanali
i clinic | vorrei ricevere di nuovo i promemoria, grazie
i delivery | continua
i retail | sìì
i utility | riattiva
h retail | AIUTO
h bank | aiuto per favore
h telecom | aiuto grazie
h app | aiuto cos'è questo
h pharmacy | info per favore
h utility | AIUTO!! non capisco
h school | più informazioni per favore
h airline | aiutoo
n retail | siete aperti domenica?
n restaurant | posso passare alle 19 a ritirare?
n clinic | Devo disdire la visita di martedì, ho avuto un contrattempo
n pharmacy | non riesco a passare, posso annullare?
n gym | a che ora inizia spinning
n school | a che ora finisce la gita?
n airline | il mio volo è cancellato??
n delivery | il pacco non è mai arrivato
n delivery | lo lasci al portiere per favore
n bank | non ho fatto io quell'acquisto, chiamatemi
n retail | Grazie!
n retail | grazie mille, gentilissimi
n restaurant | 👍🏻👍🏻
n app | Mi piace "Saldi fino a mezzanotte! Rispondi STOP per non ricevere più"
n political | bisogna fermare questa riforma, sono con voi
n charity | non smettete di mandare notizie dei gattini del rifugio
n school | per favore non fermate gli avvisi di allerta meteo
n telecom | perché la bolletta è così alta
n utility | ancora senza corrente in via Garibaldi
n retail | ce l'avete il 39?
n retail | chi è?
n pharmacy | va bene
n clinic | ci sarò
n school | Giulia oggi non viene, ha la febbre
n delivery | risulta consegnato ma non ho ricevuto niente
n bank | è una truffa?
n retail | mio nipote mi ha messo questo telefono, non so aprire il link
n gym | voglio disdire l'abbonamento, cosa devo portare?
n clinic | sì ci sarò alle 15
n app | non voglio disiscrivermi, solo non riesco ad accedere
n delivery | si fermi al cancello dietro, davanti c'è il cane
n restaurant | tavolo per 4 alle 20:30 grazie
n political | ma voi chi siete?
n telecom | ahahah
