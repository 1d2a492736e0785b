Arrivo 10 minuti in ritardo, iniziate la riunione senza di me
Passi alla mia scrivania quando hai un attimo?
Francesca ha annullato la call delle 14 o è confermata?
Smettila di rispondere a tutti in quella mail, il capo sta impazzendo ahah
Chi mi ha preso lo yogurt dal frigo??
Le slide sono sulla cartella condivisa, mancano i numeri alla 12
Mi copri il turno di sabato? Ti faccio martedì
La stampante al secondo piano si è inceppata di nuovo
Pranzo al bar di fronte?
Mi licenzio a fine mese, per ora tienilo per te
Oggi sono malato, guardo le mail più tardi
Per favore non scrivermi per lavoro dopo le 21, mettilo su Teams
Complimenti per la promozione!! Aperitivo venerdì?
Chiudo la call, mi sta chiamando l'asilo
Basta riunioni il venerdì alle 17, vi prego
È caduto di nuovo il wifi
Ti ho mandato la fattura, dimmi se il numero d'ordine è sbagliato
Salve, sono la signora Bruni del terzo piano, ho un pacco suo
Il vostro cane è scappato di nuovo, è nel nostro giardino, tranquilli
Potrebbe smettere di parcheggiare davanti al mio passo carraio? Stamattina non riuscivo a uscire
È saltata la luce anche da voi?
Grazie per aver portato giù la spazzatura di mia madre
Sabato facciamo una cena, scusate in anticipo per il rumore
Mi presta la scala per un'oretta?
La riunione di condominio è stata rimandata ancora
Partiamo fino al 20, ci ritirate la posta?
Passate quando volete, ho fatto il ragù per un reggimento
Basta zucchine per favore, abbiamo ancora quelle della settimana scorsa ahah
L'amministratore dice che i lavori sulla facciata iniziano a maggio
I bambini possono venire da noi dopo scuola se fai tardi al lavoro
Chi ha lasciato il gas acceso?
Ordino la pizza, ne vuoi?
L'affitto scade venerdì, mandami la tua parte con Satispay
Puoi smettere di lasciare i piatti nel lavandino per tre giorni?
Il proprietario passa martedì alle 10 per la caldaia
Finita la carta igienica. E il detersivo. E tutto
Smettila di mangiare i miei avanzi, ora metto le etichette
Sei a casa? Ho dimenticato le chiavi
Disdico Netflix, non lo usa nessuno, facciamo DAZN a metà
Per favore non scrivermi alle 3 di notte per chiedere se ho chiuso la porta
Il rilevatore di fumo suona di nuovo, sarà la pila
Questo weekend non ci sono, matrimonio di mia cugina a Verona
Chi è questo Kevin sul nostro divano?
Questa settimana il bagno tocca a te
La fibra è aumentata ancora, 4 euro in più
Pranzo domenica dalla nonna all'una, portate qualcosa
Mamma smettila di mandare gli sticker dei Minions 😂
Chi ha le chiavi della casa al mare?
Papà, il telefono mi chiama dalla tasca di nuovo
Auguri zia Rosa!! 🎂🎉
Il Frecciarossa arriva alle 18:40 a Termini, qualcuno mi viene a prendere?
Possiamo smettere di litigare di politica nel gruppo di famiglia?
Oggi prendo io i bambini, non serve che vai
Il nonno è uscito dalla sala operatoria, sta bene, si lamenta già del cibo
Ricordate il saggio di Matteo alle 19, non fate tardi
Quest'anno niente politica al cenone di Natale, sono seria
Manda la foto del cane col cappellino
Mamma non riesco a smettere di ridere per il tuo correttore
Qualcuno ha il numero nuovo dello zio Franco?
Io faccio la parmigiana, qualcun altro il dolce
Di' a Chiara di richiamarmi
Parto ora, la tangenziale è bloccata
Qualcuno ha dato da mangiare ai pesci?
Mi hanno presa!!
Papà non serve scrivere STOP nel gruppo, siamo solo noi ahah
La nonna chiede perché il telefono dice memoria piena
Porto io le sedie
Vi voglio bene, guidate piano
Fermati al distributore strada facendo, quello del paese è chiuso
Lo zio Gino non viene, di nuovo la schiena
Mamma smettila di postare le mie foto da neonato su Facebook 😭
Buongiorno, sono Rossi, l'idraulico passa domani tra le 13 e le 15
Il lavandino perde di nuovo sotto il mobile
Ho fatto il bonifico dell'affitto di marzo, mi conferma?
Giovedì chiudiamo l'acqua dalle 9 alle 11 per lavori
L'asciugatrice non va più, fa solo clic
Posso ridipingere la camera? Un grigio chiaro
Le ricordo che il contratto scade il 30 giugno, rinnova?
Per favore smetta di presentarsi senza preavviso di 24 ore, è nel contratto
Il riscaldamento non parte proprio, in casa ci sono 15 gradi
Do la disdetta anticipata, mi trasferiscono a Torino. Quanto è il preavviso?
La mora l'ho pagata ieri, smetta di scrivermi per quello
Ho ricevuto il deposito cauzionale, grazie!
Possiamo spostare il sopralluogo a lunedì?
Confermato per stasera?
Basta, sto morendo dal ridere
Non riesco a smettere di pensare a quella pizza fritta
Il film inizia alle 20:15, ho i biglietti
Scrivimi quando arrivi a casa
Ho smesso con gli zuccheri per una settimana e sto morendo
Mai più tequila, giuro
Non scrivermi mentre guidi, ti chiamo in pausa pranzo
Fa freddo lì? Porto la giacca?
Chiamami quando puoi
Dove hai parcheggiato?
Hai disdetto la palestra? A me hanno continuato ad addebitare per mesi
Oggi mi sono disiscritta da tipo 40 newsletter, che soddisfazione
Perfetto, alle 18
L'ultima metro era passata e sono tornato a piedi
Sono dal veterinario con Birba, ha mangiato un calzino
Basta vocali da 5 minuti, scrivi
Smettila di mandarmi TikTok al lavoro, rido ad alta voce
Dove sei?
Scusa, ho perso la chiamata
Sei vivo?
Serata giochi da noi giovedì
Il concerto è annullato, dicono che rimborsano
Arrivo tra 5 minuti
