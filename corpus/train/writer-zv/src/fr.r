# French replies
@coiffeur
O STOP merci
O Bonjour Nadia, c'est Camille. Merci d'arrêter les SMS, j'ai déménagé à Lyon
O Je ne viens plus au salon, ne m'envoyez plus de messages svp
O ARRET
O Retirez-moi de votre liste, ce numéro était celui de ma mère
M Je veux bien les rappels de rendez-vous mais plus de promos svp
N Je peux décaler mon rdv de jeudi avec Sonia à samedi ?
N J'annule mon rdv de demain 17h, ma fille est malade
N J'ai 10 min de retard, gardez-moi ma place svp
N A aimé « Salon Mèche Folle : -20% sur les balayages cette semaine. STOP au 36111 »
N C'est confirmé pour vendredi 11h, merci Nadia
I NONARRET
I Je voudrais recevoir à nouveau les rappels de rdv svp
H AIDE
@garage
O Bonjour M. Martin, j'ai vendu la Clio, arrêtez de m'écrire pour les vidanges svp
O STOP svp
O Ne m'envoyez plus de SMS, vous m'avez surfacturé les plaquettes
O désabonnement
M Les rappels de contrôle technique ok, mais stop aux bons de réduction
N La voiture est prête ? Vous aviez dit 16h
N Annulez la géométrie, je veux juste la vidange
N Le voyant moteur n'arrête pas de clignoter, je peux passer aujourd'hui ?
N N'arrêtez surtout pas les rappels, sinon j'oublie le CT
I C'est Carla, j'ai racheté une voiture, vous pouvez me réécrire
H aide svp
@dentiste
O Arrêtez de m'envoyer des SMS, j'ai changé de dentiste
O Je souhaite me désinscrire
O Mauvais numéro, je ne suis pas Kevin, supprimez-moi de votre fichier
O Je ne veux plus recevoir de SMS
O ARRÊT STP
M Plus de newsletter sur le blanchiment svp, juste les rdv
N Je dois annuler mon détartrage du 3, on peut faire le 10 ?
N J'ai toujours mal depuis le plombage, ça ne s'arrête pas, je dois venir ?
N J'ai repris rdv sur Doctolib, vous pouvez annuler l'ancien
I Réactivez les SMS svp, je veux mes rappels
I Je m'abonne
H AIDE merci
@restaurant
O Ça suffit les SMS, ne m'écrivez plus svp
O Comment je me désabonne de ça ?
O STOP STOP STOP
O Je ne me suis jamais inscrit, effacez mon numéro
M Vos offres du midi ne m'intéressent pas, arrêtez de les envoyer
N Je peux annuler ma commande ? Je me suis trompé d'adresse
N On arrive en retard, gardez la table, ne l'annulez pas
N Ma commande Deliveroo n'est jamais arrivée, je veux être remboursé
I Renvoyez-moi les offres du vendredi svp, elles me manquent
@salle_de_sport
O Coach Karim, merci de ne plus m'écrire, j'ai résilié
O Supprimez mon numéro svp
O J'ai résilié en janvier, arrêtez les SMS
O Stop aux messages, merci
M Le planning des cours oui, les offres de coaching perso non merci
N Je voudrais suspendre mon abonnement pendant ma convalescence
N Je peux annuler ma résa de RPM de 7h ? Panne de réveil mdr
N Comment je résilie ? Je pars à l'étranger en mai
N J'ai arrêté le cross training mais je veux garder le yoga
I Je suis rentré, vous pouvez reprendre les SMS
I Réabonnez-moi svp
@cours
O Bonjour Mme Girard, Théo n'a plus besoin de cours, ne nous écrivez plus
O Enlevez-moi de votre liste d'envoi
O STOP SMS
N On peut annuler le cours de jeudi ? Emma a de la fièvre
N Le cours finit à quelle heure ? Je dois la récupérer
N Elle veut arrêter le piano mais garder les maths, c'est possible ?
I Oui, renvoyez-moi les rappels de cours svp
H INFO svp
@plombier
O On a déjà payé, arrêtez de nous envoyer des messages
O N'envoyez plus de textos à ce numéro, merci
O Arrêt
M Stop les remises de saison, écrivez-moi seulement pour l'intervention
N La fuite s'est arrêtée après votre passage mais ça recommence à goutter
N Vous pouvez venir mardi ? Annulez lundi, je ne serai pas là
I CONTINUER
@fleuriste
O Merci de ne plus m'envoyer de messages, les obsèques ont eu lieu
O Désinscrivez-moi de tout
M Plus de promos Saint-Valentin svp, je suis célibataire 😂
N Je peux annuler la livraison de vendredi et la passer à samedi ?
N Sur la carte : « Fini les larmes, bisous, Maman »
N N'arrêtez pas la composition hebdo, le bureau adore
I Oui, je veux recevoir de nouveau vos messages
H Aide, c'est quoi ce numéro ?
@toiletteur
O Arrêtez de m'écrire, Filou est mort la semaine dernière
O Bonjour Julie, retirez-moi de la liste svp, on a déménagé
O STOOOOP
N Je peux annuler la coupe de griffes de Max ? Il est chez le véto
N Il n'arrête pas de se gratter depuis le bain, vous avez changé de shampoing ?
N Ok à mardi, merci Julie !
I On a un nouveau chiot, remettez-moi dans vos SMS
H AIDE stp
@mixte
O Annulez mon rdv de mardi et arrêtez de m'envoyer des SMS, je pars à Bordeaux
O Nadia je ne pourrai pas venir vendredi, et franchement retirez-moi des SMS, c'est la crise en ce moment
O Mettez en pause tous vos SMS jusqu'en septembre svp
N La formule du mardi c'est fini ?
N Annulez le cours de samedi mais continuez les SMS, on reprogramme
H Aide svp Nadia
H AIDE merci Julie
H Aide s'il vous plaît
