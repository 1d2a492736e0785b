j'arrive
j'ai 10 min de retard dsl !!
tu peux prendre du lait en rentrant
t'as donné à manger au chien ?
maman il est où mon chargeur
dans le tiroir de la cuisine comme d'hab
ptdr jpp
qui a pris mon sweat
Joyeux anniversaire ma chérie, bisous de mamie
merci mamie ❤️
mamie t'as pas besoin de signer tes messages mdr
comment on agrandit les lettres sur ce téléphone
appelle-moi quand tu peux
je peux pas parler, je suis en réunion
tu fais quoi
rien et toi
viens me chercher à 15h15 pas 15h
l'entraînement est annulé, viens à 14h30
on dîne à 20h ?
ok j'apporte quoi
rien, viens juste
passe à la supérette, y a plus d'œufs
tu peux passer après le boulot ? faut m'aider à bouger le canapé
arrête de m'écrire en cours mdr je vais me faire choper
ok j'arrête
arrête de m'envoyer des tiktoks à 3h du mat
j'ai démissionné aujourd'hui !!!
QUOI. appelle-moi
trop fière de toi, 1 mois sans clope !!
ça suffit les photos de chat mdr
jamais assez de photos de chat
plus de gâteau pour moi, j'en peux plus
tu peux annuler le dentiste pour moi, j'ai oublié
j'ai résilié netflix, on le regarde jamais
la réunion est annulée, on la décale à jeudi
le film commence à quelle heure
ça commence à 20h et ça finit vers 22h30
arrête de stresser, ça va bien se passer
j'arrive pas à m'arrêter de rire avec cette vidéo
le bus s'est arrêté en pleine route lol
elle s'est enfin endormie
on arrête de se disputer ? pardon
moi aussi pardon ❤️
tu viens au match vendredi ?
bien rentré ?
oui bien rentrée, bonne nuit
je t'aime
moi plus
papa tu peux me prêter 20 balles
pour quoi
manger
ok je te fais un virement lydia
t'es le meilleur
ta tante est à l'hôpital, rien de grave
oh non, quel hôpital ?
on embarque, je t'écris à l'atterrissage
atterris !
tu peux garder les petits samedi matin ?
oui si je suis rentrée pour 13h
t'as vu le mail de la cheffe
pfff oui
je réponds pas avant lundi
rappel : déj d'équipe demain 12h30
qui ramène le gâteau pour le pot de départ de Karim
je le prends à la boulangerie
tu peux me remplacer mardi ? je te prends ton dimanche
ça marche
on va au centre commercial avec Inès tu viens
peux pas je suis punie
t'as fait quoi
j'ai eu 4 en physique 💀
ta mère dit de la rappeler
dis-lui que je suis chez Léa
le plombier passe entre 9h et 12h, tu peux être là ?
j'ai trop mal au dos
prends un doliprane dans la pharmacie
Bonjour mon fils, comment vas-tu ? Ici il fait très froid. Bisous, Maman
salut maman, tout va bien, les enfants t'embrassent
dsl je conduisais
t'inquiète
c'est vrai que tu pars à Lyon ??
oui en juin ! je te raconte
t'avais dit que t'arrêtais de manger mes yaourts
j'arrêterai quand t'arrêteras d'acheter les bons
le foot c'est à quelle heure
17h30 au stade près de la médiathèque
liste : bananes, pain, poulet, liquide vaisselle
j'ai eu le poste !!!!
TROP BIEN 🎉🎉
t'es réveillée ?
ouais j'arrive pas à dormir
la box a encore planté
débranche-la et rebranche
ça marche merci
joyeux anniversaire de mariage, 25 ans !
papi a pris ses médocs ce matin ?
oui je l'ai vu
t'es garé où
niveau -2 près de l'ascenseur
tu m'envoies les notes de SVT
je suis devant
je descends
pizza ou chinois ?
pizza évidemment
le chien a encore mangé une chaussette
pas encore 😩
le bureau est fermé lundi ?
tu m'envoies la recette du gratin
je suis à la pharmacie, t'as besoin de qqch
des pastilles pour la gorge stp
chéri je suis crevée
rentre, j'ai fait une soupe
arrête de laisser la vaisselle dans l'évier stp
arrête-toi au feu et tourne à gauche, c'est la maison bleue
fini les excuses, salle de sport demain 6h
bon ça suffit, je réserve les vacances
arrête ton cinéma et viens à la soirée
la queue à la préfecture finit jamais
le concert est annulé 😭 remboursement sous 5 jours
on partage un uber ?
wesh t'es où
devant la gare, et toi
salut ça va ? on se voit ce week-end ?
carrément, samedi ?
bisous à demain
t'es où
là
