%% Italian replies, hurried typing and dictation.
@inbox-typed
O BASTA
O basta grz
O bastaaa
O FERMA
O ferma tutto
O stop x favore
O stopp grazie
O cancellami
O cancellatemi dalla lista
O disiscrivimi
O disiscrizione
O smettetela di scrivermi
O nn voglio + messaggi
O non mandatemi più sms
O nn scrivetemi più
O togliete il mio numero
O eliminate il mio num x favore
O levatemi dalla lista subito
O come faccio a disiscrivermi??
O numero sbagliato, smettete di scrivere
O nn sono marco, numero sbagliato, cancellatemi
O ora basta smettetela
O mai iscritto a sta roba STOP
O B A S T A ora
O lasciatemi in pace con sti sms
O basta messaggi grazie
O revoco il consenso
@inbox-voice
O per favore smettete di mandarmi messaggi punto
O stop punto grazie
O salve non so come avete avuto il mio numero ma ricevo tre messaggi al giorno e voglio che smettano subito quindi toglietemi dalla vostra lista per sempre
@inbox-typed
M basta pubblicità
M niente più promo x favore
M stop offerte
M nn voglio + le promozioni
M solo avvisi di consegna, niente pubblicità
M basta sconti via sms
M toglietemi dalla newsletter promozionale
@inbox-voice
M voglio ancora i promemoria degli appuntamenti ma niente più pubblicità per favore
@inbox-typed
I si grazie mille
I sìì
I sì grazie
I START x favore
I riattiva
I riattivate gli sms
I voglio di nuovo ricevere i messaggi
I iscrivimi
I iscrivetemi di nuovo
I riprendi
I continua pure a mandarli
I rimettetemi in lista
I ricominciate a mandarmi gli avvisi
@inbox-voice
I sì voglio ricevere di nuovo le notifiche
@inbox-typed
H AIUTO
H aiuto x favore
H aiutooo
H aiuto grazie
H info x favore
H INFO grz
H info per cortesia
@inbox-voice
H aiuto punto
@inbox-typed
N a che ora chiudete
N voglio annullare l'ordine 66120
N annullate l'appuntamento di martedì x favore
N è per domani?
N quando iniziano i saldi
N fino a quando vale lo sconto
N ok grz
N va bene
N chi è?
N ahahah
N il pacco nn è mai arrivato
N il corriere nn si è nemmeno fermato da me
N smettetela di addebitarmi due volte!!
N sì, confermo l'appuntamento di giovedì
N confermato
N posso pagare con satispay?
N il codice sconto nn funziona
N nn smettete di mandare gli avvisi, sono utili
N consegnate anche in sardegna?
N numero sbagliato scusate
N Mi piace "Rispondi STOP per non ricevere più messaggi"
N il link nn si apre
N è una truffa?
N nn ho ordinato niente io
N dov'è il mio pacco sono già 2 settimane
N posso ritirarlo in negozio?
N il pullman si ferma davanti al comune?
N possiamo spostare a venerdì
N come faccio a disdire il contratto della luce
@inbox-voice
N arrivo alle quattro punto grazie
N salve ho ordinato la taglia M e mi è arrivata la L come faccio il cambio non voglio il rimborso voglio solo la taglia giusta
