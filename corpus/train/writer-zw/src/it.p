# Italian p2p
Mamma sono arrivata a Londra, tutto ok, ti chiamo domani
Amò mangi? Non solo pasta in bianco eh
Papà smettila di preoccuparti, qua fa freddo ma sto bene
Ti ho mandato i soldi con Western Union, dimmi quando arrivano
Di' alla nonna che domenica la chiamo in videochiamata
Ma' smettila di mandarmi i buongiornissimo su WhatsApp 😂
Il colloquio per il visto è il 14, incrocia le dita
Zia mi rimandi la ricetta della parmigiana?
Mi hanno cancellato il volo per Palermo, arrivo lunedì
Non scrivermi domattina, ho l'esame alle 8
Manda una foto del cagnolino nuovo
Tuo cugino viene a Berlino a marzo, può stare da te?
Basta con la storia del matrimonio, mamma
Niente più salame in valigia, la dogana l'ha preso
Qui sono le 3 di notte, il fuso mi uccide
Lascio il turno di notte dopo il semestre, promesso
A fine mese prendo il primo stipendio qua
Passa da zio Tonino quando sei a Stoccarda, ha le carte
Mi manca la tua cucina, qui non sa di niente
Auguri papà, tanti auguri, scusa se non ci sono
Il wifi fa schifo, ti scrivo invece di chiamare
La banca mi ha bloccato la carta perché l'ho usata all'estero
Non smettere di mandarmi i vocali, mi piace sentirti
Chi ha finito il latte DI NUOVO
Puoi smetterla di lasciare i piatti nel lavandino? Sono 3 giorni
L'affitto scade venerdì, ti mando la mia parte con Satispay
Il padrone di casa passa alle 10 per la caldaia
Disdici la signora delle pulizie sta settimana, pulisco io
Stasera faccio la carbonara, ne vuoi?
Smettila di fregarmi il latte d'avena 😤
Basta musica a palla dopo mezzanotte, domani c'è lezione
Qualcuno ha lasciato il portone aperto
C'è ancora carta igienica o la prendo?
L'umido si butta martedì sera non mercoledì
Niente più feste in settimana ok? I vicini si sono lamentati
Torno tardi, non aspettatemi per cena
Mi prendi le uova tornando? Ti ridò i soldi
È arrivato il tuo pacco, l'ho messo dentro
A fine giugno me ne vado, vi avviso prima
Chi è il tizio che dorme sul divano??
Il contratto finisce ad agosto, rinnoviamo?
È tornata l'acqua calda!
Ok va bene, disdico Netflix e uso il tuo
È finito il riso, prendo il sacco grande al negozio cinese
La consegna è stasera o lunedì?
Il prof ha annullato la lezione, guarda su Moodle
Mi mandi gli appunti di giovedì? Ero malata
Ci vediamo in biblioteca alle 4 per il gruppo?
Lascio il corso di statistica, non ce la faccio
Smettila di andare in ansia, l'esame è a libro aperto
Hai già caricato la tesina?
Il seminario finisce alle 18, dopo andiamo a mangiare
Basta nottate, lo giuro
Chi fa la conclusione?
Passo in camera tua a prendere il caricatore
Non scrivere più nel gruppo, tanto l'ha silenziato
Laboratorio annullato, la macchina è rotta
Vieni alla festa Erasmus?
Basta studiare per oggi, ho il cervello fuso
Sono alla fermata, il bus è di nuovo in ritardo
Iniziamo il progetto sabato
Gli esami iniziano la settimana prossima, non sono pronta
Hanno spostato la scadenza a venerdì!!
Arrivo con 10 minuti di ritardo, il treno si è fermato a Bologna
Mi copri il turno sabato? Ho l'appuntamento per la cittadinanza
Il capo ha detto che possiamo uscire prima
Riunione annullata, è malato
Mi licenzio tra due settimane, non dirlo a nessuno
Smettila di mettermi in copia in tutte le mail ahah
Mi mandi i turni della settimana prossima?
La stampante si è inceppata di nuovo
Fine turno, vado, a domani
Chi mi ha preso il pranzo dal frigo
Basta straordinari questo mese, devo dormire
Il cliente vuole il report entro stasera
Controlli se ho compilato bene il foglio ore? Non capisco il modulo
Non scrivermi nel giorno libero, chiama se è urgente
Hanno aggiustato la macchinetta del caffè
Ho dovuto disdire il dentista per il doppio turno
Lo stipendio arriva giovedì vero?
Stanno assumendo, di' a tua cugina di mandare il CV
Grazie per avermi aiutato con la mail in inglese
Ci fermiamo a mangiare all'una?
Smettila di lavorare così tanto, ci fai sfigurare
Perfetto, alle 7
Ué dove sei
Sto arrivando, c'è un traffico assurdo
Ahah sì lo so
Speriamo di vincere domenica
Non dimenticare il caricatore
Scusa, non ho sentito la chiamata, ero in metro
Basta per oggi, vado a dormire
Buonanotte, dormi bene
Qual era la password del wifi
Hai visto la finale? Incredibile
Lascia stare, ho trovato le chiavi
Smettiamo di litigare, scusa
Niente più caffè per me, tremo
Smettila, mi fai ridere in biblioteca
Dove mangiamo, kebab o coreano?
Il telefono mi corregge tutto in inglese, ignora gli errori
Ho disdetto la palestra e mi scalano ancora i soldi
Finalmente mi è arrivato il permesso di soggiorno!!!
Il bambino ha smesso di piangere, dorme
Uè guagliò, stasera pizza?
