# potes
On maintient le brunch dimanche ou Léa a encore annulé ?
Je suis au bar, vous êtes où ?
Passe chez moi avant la soirée, j'ai ta veste
mdr arrête je pleure de rire
Arrête tu me fais rougir 🙈
Qui conduit samedi ? J'ai 4 places
Le dîner est annulé, Léa a le covid. On remet à la semaine pro ?
Tu m'annules pas cette fois hein
J'ai démissionné aujourd'hui !!! c'est ma tournée
Quoi t'as démissionné ?? Appelle-moi
Stop avec le boulot, on mange quoi ?
Plus jamais de tequila pour moi
Tu peux me prendre à 19h ? Ma voiture démarre plus
La séance commence à 20h15, soyez pas en retard
J'arrête pas de penser aux pâtes d'hier soir
Arrête de m'envoyer des TikTok à 2h du mat, je bosse demain 😂
Envoie-moi encore des vidéos de chiens, j'en ai besoin
Fais-moi un Lydia de 42€ pour le gîte
Qui ramène l'enceinte ?
Joyeux anniv !!! 🎉 je t'aime
merci ma belle, à 18h
Le concert est annulé, remboursement sous 5 jours apparemment
J'ai encore oublié de résilier l'essai Canal+
J'ai enfin désabonné toutes les newsletters des magasins, ma boîte mail respire
Rappelle-moi de résilier Deezer avant vendredi
Ne lui écris pas. Sérieux, ne lui écris pas
Je l'ai bloqué partout, enfin
Envoie-moi un texto quand t'es rentrée
Bien rentrée ! Bonne nuit
chui en bas
t'inquiète, on laisse tomber pour ce soir
# équipe
L'entraînement passe à 19h terrain 3, prenez les deux maillots
Match annulé à cause de l'orage, on le rejoue plus tard
Le coach dit que c'est fini les excuses, tout le monde jeudi
Qui ramène les oranges samedi ? 🍊
L'arbitre a arrêté le match 20 min à cause du brouillard lol
Quelqu'un peut ramener Lucas ? Je suis coincé au taf
Je suis out cette semaine, toujours les ischios
La cotisation c'est 60€, à donner à Marc avant la fin du mois
Arrêtez de la redonner au gardien à chaque fois, on en a parlé 😂
J'arrête le foot du mardi, le mercredi m'arrange mieux
Quelqu'un sait quand finit la saison ?
On a gagné 3-1 ! Apéro chez Momo
Ça suffit les chambrages dans le groupe vous deux 🙄
# loisirs
Le club lecture c'est chez Rachel ce mois-ci
J'ai pas fini le livre, je peux venir quand même ? mdr
On termine à 20h30 pour que Pat ait son bus
Pas de tricot cette semaine, Hélène est hospitalisée
Footing à 7h devant la fontaine, 5 km tranquille
J'ai arrêté de courir après mon opé du genou, mais je vous accompagne à pied
Échecs ce soir ? Je veux ma revanche
Il a abandonné au 12e coup, il a lâché l'affaire mdr
Je mets la poterie en pause jusqu'à la naissance du bébé
Partie de JDR annulée, le MJ a la grippe 😷
Arrêtez de spoiler dans le groupe svp, j'en suis au chapitre 4
# parents d'élèves
Rappel : vendredi sortie à 11h30
Quelqu'un a la liste de la dictée ?
Quelqu'un peut récupérer Noé avec Jade ce soir ? Je te revaudrai ça
Réunion des délégués annulée, reportée à mardi
L'arrêt du car scolaire déménage devant la boulangerie à partir de lundi
Mes enfants n'arrêtent pas de parler de la sortie au zoo 😂
Mot sur les poux dans le cahier de liaison 🙃
Qui s'occupe du cadeau de la maîtresse ? Je mets 20€
La maîtresse a dit plus de bonbons au goûter
Svp arrêtez de répondre à tous sur le groupe de la classe, 50 notifs 😩
On peut mettre ce groupe en sourdine ? Je demande pour une amie
Ma fille veut arrêter le judo, ça vous est déjà arrivé ?
Comment on désinscrit de la cantine le mercredi sur Pronote ?
# ex
J'ai besoin d'air. Ne m'écris pas pendant un moment stp
Laisse-moi tranquille, cette fois c'est sérieux
Arrête de m'appeler au boulot
Si tu m'envoies encore un pavé je te bloque
C'est fini. Je ne revivrai pas ça
Garde le blender
Ça suffit. Je ne me dispute plus par SMS
Arrête de ressortir l'été dernier
Désolé, je sais que tu m'as dit de ne plus t'écrire, j'arrête
On peut se parler comme des adultes ? Un café jeudi ?
J'ai encore ton sweat, tu le veux ?
Ne m'écris pas quand t'as bu
Pour Lou pas de souci, mais plus de messages après 21h sauf si c'est pour elle
# famille
Maman arrête de m'envoyer des chaînes 😂
Papa arrête de me transférer des vidéos Facebook stp
Déjeuner chez mamie dimanche à midi, apportez un dessert
Appelle-moi quand tu peux, rien d'urgent
Qui a fini le gratin ?
Tu peux passer à la pharmacie pour papy ?
Ton frère a enfin arrêté la vape !!
Stop les questions sur le mariage, on fixera une date quand on la fixera
Je t'aime, roule doucement
# groupes
Qui a renommé le groupe « Arrête de crier Karine » 💀
mdrr stoooop
Je quitte le groupe, trop de notifs. Écrivez-moi en privé
Pas de politique ici svp, on avait dit
Bon ça suffit, ce fil fait 400 messages
Sondage : vendredi ou samedi pour la surprise de Maya ?
chut ne lui dites rien 🤫
Quelqu'un peut ajouter Dylan ? Il a changé de numéro
Je mets en sourdine jusqu'à ce soir
Arrête les stickers Eric
On annule jeudi, brunch samedi à la place
# voisins et boulot
Bonjour voisin, votre alarme de voiture n'arrête pas, vous pouvez vérifier ?
Votre colis a été déposé chez moi, je vous le monte
Le client a annulé, on a l'aprèm
Arrêtez de caler des réunions le vendredi à 17h45 😭
L'imprimante a encore lâché
Je pose ma démission, je pars fin du mois
Coupure d'eau demain de 9h à 12h d'après le syndic
Faut que j'arrête d'acheter un café tous les jours
j'arrive
désolée je suis en retard !!
