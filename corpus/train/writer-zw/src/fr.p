# French p2p
Maman je suis bien arrivée à Montréal, il fait -20 mais ça va
Yemma t'inquiète pas, je mange bien
Papa arrête de t'inquiéter, les cours se passent bien
Je t'ai envoyé l'argent par Wise, dis-moi quand c'est arrivé
Dis à mémé que je l'appelle dimanche en visio
Maman arrête de m'envoyer les vidéos de prière sur WhatsApp mdr
Le rendez-vous au consulat c'est le 14, priez pour moi
Tonton tu peux me renvoyer la recette du tiep ?
Mon vol pour Dakar est annulé, j'arrive lundi finalement
M'écris pas demain matin, j'ai partiel à 8h
Envoie une photo du chaton
Ton cousin vient à Lyon en mars, il peut dormir chez toi ?
Ça suffit avec les histoires de mariage maman
Plus de msemen dans la valise, la douane a tout pris la dernière fois
Ici il est 3h du mat, le décalage me tue
J'arrête le taf de nuit après le semestre, promis
Fin du mois je touche mon premier salaire ici
Passe chez tonton Ali quand t'es à Marseille, il a les papiers
Ta cuisine me manque trop, ici c'est fade
Joyeux anniversaire papa, sorry je suis pas là
La wifi est nulle, je t'écris au lieu d'appeler
La banque m'a bloqué la carte parce que je l'ai utilisée à l'étranger
N'arrête pas les vocaux, j'aime bien t'entendre
Qui a fini le lait ENCORE
Tu peux arrêter de laisser ta vaisselle dans l'évier stp, ça fait 3 jours
Le loyer c'est vendredi, je te fais un virement Lydia
Le proprio passe à 10h pour le ballon d'eau chaude
Annule la femme de ménage cette semaine, je m'en occupe
Je fais un couscous ce soir, t'en veux ?
Arrête de me piquer mon lait d'avoine 😤
Stop la musique à fond après minuit, on a cours demain
Quelqu'un a laissé la porte ouverte
On a encore du PQ ou j'en prends ?
Les poubelles c'est mardi soir pas mercredi
Plus de soirées en semaine ok ? Les voisins se sont plaints
Je rentre tard, attendez-moi pas pour manger
Tu peux prendre des œufs en rentrant ? Je te rembourse
Ton colis est arrivé, je l'ai rentré
Je déménage fin juin, je vous préviens en avance
C'est qui le mec qui dort sur le canapé ??
Le bail se termine en août, on renouvelle ?
Y a de nouveau de l'eau chaude !
Bon ok je résilie mon Netflix et j'utilise le tien
Y a plus de riz, je prends le gros sac chez Tang Frères
Le devoir c'est pour ce soir ou lundi ?
Le prof a annulé le cours, regarde Moodle
Tu peux m'envoyer tes notes de jeudi ? J'étais malade
On se retrouve à la BU à 16h ?
Je vais abandonner l'UE de stats, c'est trop dur
Arrête de stresser, c'est un exam à livre ouvert
T'as rendu le dossier sur la plateforme ?
Le TD finit à 18h, on va manger après
Fini les nuits blanches, je le jure
Qui fait la conclusion ?
Je passe dans ta chambre récupérer le chargeur
Écris plus sur le groupe, elle l'a mis en sourdine de toute façon
Le TP est annulé, la machine est en panne
Tu viens à la soirée Erasmus ?
Bon stop, assez révisé pour aujourd'hui
Je suis à l'arrêt, le bus a encore du retard
On commence le projet samedi
Les partiels commencent la semaine pro, je suis pas prête
Le rendu est repoussé à vendredi !!
10 min de retard, le RER est arrêté à Châtelet
Tu peux me remplacer samedi ? J'ai l'entretien de naturalisation
Le chef a dit qu'on pouvait partir plus tôt
Réunion annulée, il est malade
Je démissionne dans deux semaines, le dis à personne
Arrête de me mettre en copie de tous les mails mdr
Tu m'envoies le planning de la semaine pro ?
L'imprimante est encore bloquée
Fin de service, je file, à demain
Qui a pris mon tupperware dans le frigo
Fini les heures sup ce mois-ci, je suis mort
Le client veut le rapport avant ce soir
Tu peux vérifier ma feuille d'heures ? Je comprends rien au formulaire
M'écris pas pendant mon jour de repos, appelle si c'est urgent
La machine à café est réparée
J'ai dû annuler le dentiste à cause du double poste
La paie tombe jeudi c'est ça ?
Ils recrutent, dis à ta cousine de postuler
Merci de m'avoir aidé pour le mail en anglais
On s'arrête manger à 13h ?
Arrête de bosser autant, tu nous fais passer pour des flemmards
Ça marche, à 19h
Wesh t'es où
J'arrive, y a des bouchons de ouf
Mdr oui je sais
Inchallah on gagne dimanche
Oublie pas le chargeur
Désolé j'ai raté ton appel, j'étais dans le métro
Bon ça suffit pour aujourd'hui, je vais dormir
Bonne nuit, dors bien
C'est quoi le code wifi déjà
T'as vu la finale ? Incroyable
Laisse tomber, j'ai retrouvé mes clés
On arrête de se disputer, pardon
Plus de café pour moi, je tremble
Arrête, tu me fais rire à la bibliothèque
On mange où, libanais ou coréen ?
Mon tél corrige tout en anglais, ignore les fautes
Je me suis désabonnée de la salle et ils me prélèvent encore
J'ai enfin mon titre de séjour !!!
Le bébé a enfin arrêté de pleurer, il dort
On dit quoi, tu viens au maquis ce soir ?
