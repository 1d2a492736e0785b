%% French person-to-person texts.
jarrive
g 10 min de retard dsl
t'es où?
tu fais quoi
rien et toi
je t'aime
moi plus ❤️
arrête mdrrr tu m'tues 😂
arrête tu me fais rougir
stop jpp 😭
arrête de faire ta drama queen
maman arrête de m'écrire en cours
m'écris pas là je conduis
m'envoie pas de msg pendant l'exam jtapl après
laisse moi tranquille je dors
lâche moi 5 min stp
ça suffit les memes jpp
bon ça suffit les écrans à 21h tout le monde au lit
plus de bonbons avant le dîner
plus jamais de raclette jsuis mort
j'ai démissionné aujourd'hui!!!
mon père a arrêté de fumer enfin
arrête de squatter la salle de bain
t'as résilié netflix ou je le fais?
on annule le resto ce soir? chui KO
ils ont annulé le match à cause de la pluie
tu peux annuler mon rdv doctolib stp
faut qu'on se désabonne de la salle c du vol
je me suis désabonné de toutes ces chaînes youtube
le film finit à 23h
fin de l'histoire
c la fin d'une époque
tu peux t'arrêter à la station essence
tu passes ce soir?
je passe chez mamie après le taf
le bus s'est pas arrêté à l'arrêt encore
tu commences à quelle heure
le match commence à 21h sois pas en retard
préviens moi quand t'arrives
bien atterri ✈️
joyeux anniv frérot 🎉
bon anniversaire!! profite bien
merci pour hier soir
on mange quoi ce soir
des pâtes?
vas-y
jsp choisis toi
chui crevé
pareil
ptdrrr
bonne nuit 😴
bonjour ☀️
t'as donné à manger au chien?
sors les poubelles stp
qui a mangé mes restes
c pas moi
c'est léo à tous les coups
maman tu peux venir me chercher à 16h
papa la voiture fait encore le bruit bizarre
ta grand-mère veut que tu l'appelles
t'as fait tes devoirs?
oui maman
ok ok jy vais
arrête de me demander si j'ai fait mes devoirs 🙄
arrête de me chatouiller mdr
on peut arrêter de se disputer pour ça?
on arrête pour ce soir et on en reparle demain
faut que t'arrêtes de laisser ta vaisselle dans l'évier
si t'arrêtes pas je le dis à maman
j'arrête pas de penser à cette série
il arrête pas de pleuvoir
mon tel arrête pas de vibrer
j'en ai marre de cette semaine
t'as assez bu de café toi
y a plus d'excuses demain salle de sport
pas de drama stp
c fini avec thomas
game over on a perdu mdr
tu vas pas me croire
appelle moi vite
décroche
plus de batterie dsl
tu me prêtes ton sweat?
t'as oublié tes clés chez moi
t'es où là
au centre co
avec qui
juste avec inès
ok rentre avant 22h
la box marche plus encore
t'as payé l'edf?
tu me fais un lydia de 15 pour la pizza
c'est envoyé
la soirée c'est à quelle heure
vers 21h
ramène des chips
tu me manques
toi aussi
roule prudemment
envoie un msg quand t'es rentrée
bien rentrée
bonne nuit mon coeur
maman arrête de m'envoyer des chaînes sur whatsapp 😂
papi arrête de répondre à tout le monde sur le groupe famille
promis j'arrête de te saouler avec ça
j'ai quitté le groupe c'était trop
laisse la porte ouverte j'ai pas mes clés
laisse le sur la table
raccroche je te rappelle
j'ai annulé mon vol je reste une semaine de plus
les cours sont annulés demain??
ma commande a été annulée 😡
annule le uber j'ai trouvé quelqu'un
le concert est annulé je suis dégoûtée
ok stop t'as gagné
ARRÊTE DE CRIER DANS LE GROUPE mdr
DÉSOLÉ MAJUSCULES
tu peux récupérer les petits à quinze heures trente point merci
j'ai repensé à ce que tu m'as dit hier et t'as raison faut arrêter de repousser le voyage et réserver avant que les prix remontent t'en penses quoi
maman je sais que tu t'inquiètes mais faut que t'arrêtes de m'appeler toutes les heures quand je sors j'ai 22 ans tout va bien je t'écris quand je rentre
félicitations pour le nouveau taf!!
trop fière de toi
déj dimanche chez nous?
ça marche
ce we je peux pas
envoie des photos
trop mignon
