%% French replies, hurried typing and dictation.
@inbox-typed
O ARRET
O arrêt stp
O ARRETTT
O arret svp merci
O stop svp
O STOP SMS
O stooop
O stpo merci
O desabonner
O désabonnez moi
O me désinscrire svp
O désinscription
O arrêtez de m'envoyer des sms
O arretez de mecrire
O jveux plus recevoir vos msg
O je ne veux plus de sms
O enlevez mon numéro
O supprimez mon num svp
O retirez moi de la liste
O comment je me désabonne??
O c koi ce truc, stop
O mauvais numéro, arrêtez svp
O c pas moi julien, mauvais num, supprimez
O ça suffit arrêtez
O j'ai jamais demandé ça STOP
O A R R Ê T svp
O fichez moi la paix arretez les sms
@inbox-voice
O arrêtez de m'envoyer des messages point
O stop point merci
O bonjour je sais pas comment vous avez eu mon numéro mais je reçois trois messages par jour alors merci de me retirer de votre liste définitivement
@inbox-typed
M plus de pub svp
M stop pub
M arrêtez les promos
M je veux plus les offres commerciales
M stop aux bons plans merci
M que les infos de livraison, pas de pub
M désabonnez moi de la newsletter promo
@inbox-voice
M je veux garder les rappels de rendez-vous mais plus de publicité s'il vous plaît
@inbox-typed
I NONARRET
I non arrêt merci
I OUI
I ouiii
I oui svp
I START merci
I reprendre les sms
I je veux de nouveau recevoir les msg
I réabonnez moi
I m'abonner
I réactiver les notifs svp
I continuer
I remettez moi sur la liste
@inbox-voice
I oui je veux recevoir les alertes à nouveau
@inbox-typed
H AIDE
H aide svp
H aideee
H aide stp merci
H info svp
H infos stp
H INFO MERCI
@inbox-voice
H aide point
@inbox-typed
N vous fermez a quelle heure
N je veux annuler ma commande 88213
N annuler mon rdv de mardi svp
N c pour demain?
N la promo commence quand
N ça finit quand les soldes
N ok merci
N dac
N qui est-ce?
N mdr
N mon colis est jamais arrivé
N le livreur s'est même pas arrêté chez moi
N arrêtez de me prélever 2 fois!!
N oui je confirme le rdv de jeudi
N confirmé
N je peux payer en 3 fois?
N mon code promo marche pas
N n'arrêtez pas les alertes elles me servent
N la livraison en relais colis c possible?
N mauvais numéro désolé
N J'aime « Répondez STOP pour ne plus recevoir de SMS »
N le lien s'ouvre pas
N c une arnaque ou quoi
N j'ai rien commandé moi
N il est où mon colis ça fait 2 semaines
N je peux passer le récupérer en magasin?
N le car s'arrête devant la mairie?
N on peut décaler à vendredi
@inbox-voice
N j'arrive à seize heures point merci
N bonjour j'ai commandé la taille M et j'ai reçu du L comment je fais l'échange je veux pas de remboursement juste la bonne taille
