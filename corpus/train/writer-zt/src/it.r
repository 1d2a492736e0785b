@bank
oa BASTA AVVISI
oa non voglio più gli sms del saldo di Intesa, ho chiuso il conto
oa Smettetela di mandarmi sms della banca per favore
oa Non sono vostro cliente, cancellate il mio numero
om Gli avvisi di sicurezza sì, le offerte di prestiti no. Basta pubblicità
om niente più promo sulle carte grazie
i RIATTIVA AVVISI
i Ho scritto STOP per sbaglio, rimettetemi gli avvisi dei movimenti
h AIUTO AVVISI
n Il pagamento di 89 euro da MediaWorld l'ho fatto io, tutto ok
n Non sono stato io, bloccate la carta subito
n Come cambio la soglia dell'avviso a 50 euro?
n Annullare il bonifico di ieri, IBAN sbagliato

@delivery
oa stop notifiche spedizione
oa Il pacco è arrivato una settimana fa, smettete di scrivermi
oa Questo ordine non è mio, niente più sms di BRT per favore
om Il tracciamento va bene ma basta con le offerte dei saldi
i Riattivate le notifiche di Poste per favore, aspetto un altro pacco
n Dov'è il mio pacco?
n Annulla l'ordine, ci mette troppo
n Lo lasci pure al portiere
n Il corriere ha scritto destinatario assente ma io ero a casa
n Consegnate domani anche se c'è sciopero?
n Posso ritirarlo al punto Poste del tabaccaio?

@school
oa Per favore toglietemi dagli avvisi della scuola, mia figlia ora va alle medie
oa non mandatemi più il menù della mensa
oa Numero sbagliato, non ho figli in questa scuola. Rimuovetemi
i Sì, voglio ricevere di nuovo gli avvisi del registro elettronico
n Domani c'è scuola con l'allerta neve?
n Giulia oggi resta a casa, ha la febbre
n A che ora finisce la gita venerdì?
n Non smettete di mandare gli avvisi di sciopero, sono utilissimi
n Chi è?

@pharmacy
oa FERMA promemoria
oa Basta promemoria delle ricette, ho cambiato farmacia
oa smettete di scrivere, erano per mia madre, è mancata
om I promemoria per il ritiro sì, ma le offerte di parafarmacia no, basta
i RIPRENDI promemoria
i CONTINUA
n La mia ricetta è pronta?
n Annullate il rinnovo, il medico ha cambiato il dosaggio
n Posso passare dopo le 19:30?
n Avete la Tachipirina 1000 disponibile?

@weather
oa STOP allerte meteo
oa Mi sono trasferita a Bari, non mi servono più le allerte per Genova
i Sì voglio di nuovo le allerte della Protezione Civile
h aiuto per favore
n L'allerta arancione per il caldo è ancora attiva?
n Smette di piovere prima delle 18?
n Grazie, utilissime queste allerte

@sports
oa basta risultati
oa non voglio più le notifiche dei gol della Juve, grazie
om i risultati sì, le offerte per i biglietti no, toglietele
i ISCRIVIMI risultati
i Riattivate gli avvisi della Serie A per favore
h INFO risultati partite
n Come è finita la partita?
n A che ora gioca l'Inter domenica?
n L'arbitro doveva sospendere la partita, il campo era un lago

@loyalty
om STOP PUBBLICITÀ
om Basta pubblicità per favore
om Smettete con le promozioni, voglio solo gli scontrini
oa BASTA
oa basta grazie
oa FERMA
oa Cancellami
oa disiscrivimi
oa Toglietemi dalla vostra lista
oa Non mi sono mai iscritto a questa roba. Stop.
oa Non mandatemi più sms
oa Come faccio a disiscrivermi?
oa Stop per favore
oa Numero sbagliato, smettete di scrivere a questo numero
i SÌ
i voglio iscrivermi
i Voglio ricevere di nuovo le offerte della Fidaty Esselunga
i Riprendete i messaggi per favore
h AIUTO
h Aiuto grazie
h INFO per piacere
h AIUTO OFFERTE
n Che programma è questo?
n Quanti punti ho sulla carta?
n Il buono non è passato alla cassa
n Ha messo mi piace a “Offerta lampo solo oggi! Rispondi STOP per non ricevere più”
n Lo sconto vale anche online?
n Annullare l'appuntamento di giovedì, non riesco a venire
n Ciao, grazie del promemoria, l'ho già ritirato ieri
n ok grazie mille
n Non voglio smettere, adoro le vostre offerte ahah
