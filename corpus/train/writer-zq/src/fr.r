oa retail | ARRET
oa retail | Arrêt
oa telecom | STOP svp
oa bank | stop merci
oa app | arret stp
oa retail | désabonnement
oa app | se désabonner
oa political | STOP STOP j'habite même pas dans cette circonscription
oa retail | je ne veux plus recevoir vos sms
oa pharmacy | Merci de ne plus m'envoyer de messages
oa restaurant | supprimez mon numéro
oa gym | comment on se désinscrit ??
oa telecom | ARRÊTEZ DE M'ENVOYER DES SMS!!! je vais signaler au 33700
oa bank | Madame, Monsieur, je vous prie de bien vouloir cesser l'envoi de SMS à ce numéro. Cordialement, J. Lefèvre
oa school | mauvais numéro, retirez-moi de votre liste svp
oa delivery | Erreur de numéro. Arrêtez de m'écrire
oa retail | aret
oa retail | arrrret
oa app | STPO svp
oa church | Merci de ne plus m'écrire, bonne journée
oa political | vous m'écrivez tous les jours, ça suffit, arrêtez
oa charity | j'ai déjà donné, retirez-moi de la liste svp
oa clinic | Ce téléphone était celui de ma mère, décédée. Merci de ne plus envoyer de messages.
oa app | laissez-moi tranquille, plus de sms
oa retail | désinscription
oa airline | Je souhaite ne plus recevoir de SMS
oa utility | annuler les sms
oa gym | j'ai résilié il y a 3 mois, arrêtez les messages
oa retail | c bon arretez vs etes relou
oa telecom | je veux pas de vos message plz stop
om retail | plus de promos svp, juste le suivi de commande
om telecom | stop pub
om bank | Pas de messages commerciaux merci, les alertes de sécurité oui
om restaurant | arrêtez les bons de réduction par sms
om airline | plus d'offres mais gardez les infos de vol
om pharmacy | prévenez-moi juste quand l'ordonnance est prête, pas de pub
om app | je veux plus les newsletters, le reste ok
i retail | NONARRET
i retail | nonarrêt svp
i telecom | OUI
i school | oui merci
i app | reprendre les messages
i pharmacy | je veux de nouveau recevoir les sms
i bank | s'abonner
i gym | remettez-moi les rappels des cours svp
i retail | je me suis désinscrit par erreur, réinscrivez-moi
i church | Oui, je souhaite recevoir les messages de la semaine
i clinic | je voudrais recevoir à nouveau les rappels, merci
i delivery | START svp
i retail | ouii
h retail | AIDE
h bank | aide svp
h telecom | aide merci
h app | aidez moi c quoi ce message
h pharmacy | info svp
h utility | AIDE !! je comprends rien
h school | plus d'infos svp
h airline | aide ? c quoi ce numéro
n retail | vous êtes ouverts dimanche ?
n restaurant | je peux passer vers 18h récupérer la commande ?
n clinic | Je dois annuler mon rdv de mardi, j'ai un empêchement
n pharmacy | je ne pourrai pas venir chercher, je peux annuler ?
n gym | le cours de spinning commence à quelle heure
n school | la sortie scolaire finit à quelle heure ?
n airline | mon vol est annulé ??
n delivery | le colis n'est jamais arrivé
n delivery | laissez-le chez la gardienne svp
n bank | ce n'est pas moi qui ai fait cet achat, rappelez-moi
n retail | Merci !
n retail | merci beaucoup, très gentil
n restaurant | 👌🏻
n app | A aimé « Soldes jusqu'à minuit ! STOP au 36111 »
n political | il faut arrêter cette réforme, je suis avec vous
n charity | n'arrêtez pas les nouvelles des chats du refuge svp
n school | surtout n'arrêtez pas les alertes neige
n telecom | pourquoi ma facture est si élevée ce mois-ci
n utility | toujours pas d'électricité rue des Lilas
n retail | vous l'avez en 38 ?
n retail | c'est qui ?
n pharmacy | d'acc
n clinic | je serai là
n school | Lucas sera absent aujourd'hui, il a de la fièvre
n delivery | marqué livré mais j'ai rien reçu
n bank | c'est une arnaque ?
n retail | mon petit-fils m'a installé ce téléphone, je ne sais pas ouvrir le lien
n gym | je veux résilier mon abonnement, il faut venir avec quoi ?
n clinic | oui je serai là à 15h
n app | je veux pas me désabonner, j'arrive juste pas à me connecter
n delivery | arrêtez-vous au portail de derrière, le chien est devant
n restaurant | une table pour 4 à 20h svp
n political | et vous êtes qui au juste ?
n telecom | mdr
