# Italian replies: italiani all'estero, migranti in Italia (albanesi, rumeni, latinos), dialetto, registro burocratico
@zw-mix
o BASTA
o basta messaggi, please
o STOP grazie mille
o Ferma
o FERMA i messaggi per favore
o Basta ca stì messaggi, stop
o Non mandatemi più sms, mersi
o Cancellami dalla lista, multumesc
o unsubscribe per favore, non capisco
o Disiscrivimi
o Stop ju lutem, non voglio più
o Ao basta co' sti messaggi
@zw-lowlit
o nn voglio piu messagi
o bsta
o no mandare piu niente per favore io non capisco
o togli mio numero
o stopp per piacere
o disiscrivere
@zw-formal
o Spett.le Ditta, con la presente richiedo la cancellazione del mio numero dalla Vostra lista di invio. Distinti saluti
o Gentili signori, vi prego cortesemente di cessare l'invio di messaggi a questa utenza.
o Revoco il consenso al trattamento del mio numero per l'invio di SMS.
o Buongiorno, chiedo gentilmente di non essere più contattato tramite SMS. Cordiali saluti
@zw-autocorrect
o Basta basta basta
o Bastaaa
o Bast a messaggi
o numero sbagliato, non sono Giuseppe, cancellatemi
o Sono tornata in Romania, smettete di scrivere a questo numero
o Questo è il telefono di mia nonna, lei non legge, basta messaggi
o Smettetela di scrivermi
@zw-scope
m Basta pubblicità per favore, solo gli avvisi di consegna
m Non voglio più le offerte, il promemoria dell'appuntamento va bene
m Stop alle promo, il codice di verifica mi serve
m Niente più messaggi promozionali, grazie
m Basta coi buoni sconto, le bollette mandatele pure
m Toglietemi dalla lista marketing per cortesia
m Non desidero più ricevere comunicazioni commerciali. Gli avvisi di servizio possono proseguire.
@zw-optin
i SI
i Sì grazie
i START per favore
i Iscrivimi
i Voglio ricevere di nuovo i messaggi
i Riprendi
i Riattiva gli sms per favore
i Continua
i Rimettetemi nella lista, ho scritto stop per sbaglio
i Sono tornato in Italia, potete riprendere a scrivermi
i ISCRIVI
i Sì, per favore
i Riprendere invio messaggi
@zw-help
h AIUTO
h aiuto per favore
h Aiuto grazie
h INFO grazie
h Informazioni
h help per favore
h aiutoo
h Aiuto, per cortesia
h info per piacere
@zw-lookalike
n Vorrei disdire l'appuntamento di martedì, parto per Tirana
n Annullate il mio ordine per favore, l'ho fatto due volte
n Quando iniziano i saldi?
n Passo in negozio domani dopo il lavoro
n La fermata dell'autobus è davanti alla farmacia?
n Non smettete di mandare i promemoria, mi servono per la questura
n Chi è?
n Non capisco l'inglese, potete scrivere in italiano?
n Questo è per il mio conto alle Poste?
n Ho già pagato la bolletta, perché mi arriva questo
n Ok grazie
n Va bene, a giovedì
n Confermo per le 15
n Mi piace "Il tuo codice è 4402. Rispondi STOP per non ricevere più SMS"
n È lo stesso numero di WhatsApp?
n Il link non si apre sul mio telefono
n Mia figlia passa a prendere le medicine, va bene?
n Quanto costa disdire l'abbonamento della palestra?
n Smettete di chiamarmi al lavoro, meglio un messaggio
n Potete fermare la consegna per una settimana? Sono all'estero
n Grazie, Dio vi benedica
n Basta pane nell'ordine, solo latte
n A che ora chiudete oggi?
n La carta è scaduta, pago la settimana prossima
n Ci sono informazioni sul vaccino per i bambini?
n Fine mese va bene per il pagamento
n Posso pagare in contanti?
n Il pacco non è ancora arrivato, dov'è?
n Sono in malattia fino a venerdì, posso spostare?
n Basta che mi dite l'orario e vengo
