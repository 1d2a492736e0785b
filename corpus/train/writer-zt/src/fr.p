J'ai 10 min de retard, commencez la réunion sans moi
Tu peux passer à mon bureau quand t'as deux minutes ?
Claire a annulé le point de 14h ou c'est maintenu ?
Arrête de répondre à tous sur ce mail, le chef pète un câble mdr
Qui a pris mon yaourt dans le frigo ??
Le support est sur le Drive, il manque les chiffres slide 12
Tu peux me remplacer samedi ? Je te prends mardi
L'imprimante du 2e est encore bloquée
On mange au resto d'en face ce midi ?
Je démissionne fin du mois, garde-le pour toi pour l'instant
Je suis malade aujourd'hui, je regarde mes mails plus tard
Stp ne m'écris plus pour le boulot après 21h, mets-le sur Teams
Bravo pour la promo !! Un verre vendredi ?
Je raccroche, l'école de ma fille m'appelle
Fini les réunions le vendredi à 17h, pitié
Le wifi a encore sauté
Je t'ai envoyé la facture, dis-moi si le numéro de bon de commande est faux
Bonjour, c'est Nadia du 3e, j'ai un colis à vous chez moi
Votre chien s'est encore échappé, il est dans notre jardin, pas de souci
Vous pourriez arrêter de vous garer devant mon portail ? Je n'ai pas pu sortir ce matin
Il y a une coupure de courant chez vous aussi ?
Merci d'avoir sorti les poubelles de ma mère
On fait une petite fête samedi, désolés d'avance pour le bruit
Je peux vous emprunter l'escabeau une heure ?
La réunion de copropriété est encore annulée
On part jusqu'au 20, vous pourriez relever notre courrier ?
Passez quand vous voulez, j'ai fait de la soupe pour un régiment
Plus de courgettes svp, on en a encore de la semaine dernière haha
Le syndic dit que les travaux de la façade commencent en mai
Les enfants peuvent venir après l'école si vous êtes coincés au boulot
Qui a laissé le gaz allumé ?
Je commande des pizzas, t'en veux ?
Le loyer c'est vendredi, fais-moi un Lydia pour ta part
Tu peux arrêter de laisser la vaisselle dans l'évier trois jours ?
Le proprio passe mardi à 10h pour le ballon d'eau chaude
Plus de PQ. Ni de liquide vaisselle. Ni rien
Arrête de manger mes restes, je mets des étiquettes maintenant
T'es à l'appart ? J'ai oublié mes clés
Je résilie Netflix, personne ne regarde, on prend Canal à deux
Stp ne m'envoie pas de messages à 3h du mat pour savoir si la porte est fermée
Le détecteur de fumée bipe encore, c'est la pile
Je suis pas là ce week-end, mariage de ma cousine à Nantes
C'est qui le Kevin sur notre canapé ?
Cette semaine c'est toi la salle de bain
La box a encore augmenté, 5 € de plus
Déjeuner chez mamie dimanche à 13h, apportez un dessert
Maman arrête d'envoyer des GIF de Minions 😂
Qui a la clé de la maison de campagne ?
Papa, ton téléphone m'appelle tout seul depuis ta poche
Joyeux anniversaire tata Rose !! 🎂🎉
Mon train arrive à 18h40 gare de Lyon, quelqu'un peut venir ?
On peut arrêter de se disputer sur le groupe famille svp
Je récupère les petits aujourd'hui, pas besoin d'y aller
Papi est sorti du bloc, tout va bien, il râle déjà contre la bouffe
N'oubliez pas le spectacle de Hugo à 19h, soyez à l'heure
Stop la politique au repas de Noël cette année, je suis sérieux
Envoie la photo du chien avec le bonnet
Maman j'arrive pas à m'arrêter de rire avec ton correcteur
Quelqu'un a le nouveau numéro de tonton Michel ?
Je fais le gratin, quelqu'un s'occupe du dessert
Dis à Inès de me rappeler
Je pars, c'est bouché sur le périph
Quelqu'un a nourri le poisson rouge ?
J'ai eu le poste !!
Papa pas besoin d'écrire STOP dans le groupe, c'est juste nous mdr
Mamie demande pourquoi son téléphone dit stockage plein
J'apporte des chaises
Bisous à tous, soyez prudents sur la route
Arrête-toi à la station essence en route, celle du village est fermée
Tonton Jean annule, encore son dos
Maman arrête de poster mes photos de bébé sur Facebook 😭
Bonjour, c'est M. Girard, le plombier passe demain entre 13h et 15h
L'évier fuit encore sous le meuble
Je vous ai fait le virement du loyer de mars, vous me confirmez ?
On coupe l'eau jeudi de 9h à 11h pour travaux
Le sèche-linge ne marche plus, il fait juste clic
Je peux repeindre la chambre ? Un gris clair
Je vous rappelle que le bail se termine le 30 juin, vous renouvelez ?
Merci d'arrêter de passer sans prévenir 24h avant, c'est dans le bail
Le chauffage ne s'allume plus du tout, il fait 15 degrés
Je donne mon préavis, mutation à Lyon. C'est un mois ou trois ?
J'ai payé le retard hier, arrêtez de m'écrire pour les pénalités
J'ai récupéré la caution, merci !
On peut décaler l'état des lieux à lundi ?
Toujours ok pour ce soir ?
Arrête, je suis mort de rire
J'arrête pas de penser à ce kebab
Le film commence à 20h15, j'ai les places
Envoie-moi un texto quand t'es rentrée
J'ai arrêté le sucre une semaine et je meurs
Plus jamais de tequila, promis
Ne m'écris pas en conduisant, je t'appelle à midi
Il fait froid là-bas ? Je prends une veste ?
Appelle-moi quand tu peux
T'es garé où ?
T'as résilié ta salle de sport ? Moi ils m'ont prélevé pendant des mois
Je me suis désabonnée de 40 newsletters aujourd'hui, quel bonheur
Ça marche, à 18h
Le dernier métro était passé donc je suis rentré à pied
Je suis chez le véto avec Filou, il a mangé une chaussette
Arrête les vocaux de 5 minutes et écris
Arrête de m'envoyer des TikTok au taf, je rigole toute seule
T'es où ?
Désolé j'ai raté ton appel
T'es vivant ?
Soirée jeux chez nous jeudi
Le concert est annulé, ils remboursent apparemment
J'arrive dans 5 min
