@bank
oa STOP ALERTES
oa Je ne veux plus recevoir les alertes solde du Crédit Agricole, compte clôturé
oa arrêtez de m'envoyer les SMS de la banque svp
oa je ne suis pas client chez vous, supprimez mon numéro
om Les alertes de sécurité oui, les offres de crédit non. Stop pub
om plus de pubs pour les cartes premium merci
i REPRISE ALERTES
i J'ai envoyé STOP par erreur, remettez-moi les alertes de solde svp
h AIDE ALERTES
n C'est bien moi le paiement de 89 € chez Fnac
n Non ce n'est pas moi, bloquez la carte
n comment je change le seuil d'alerte à 50 € ?
n Annuler le virement d'hier, mauvais RIB

@delivery
oa ARRET suivi colis
oa J'ai reçu le colis il y a une semaine, arrêtez les SMS
oa ce n'est pas ma commande, plus de messages Colissimo svp
om le suivi ça va, mais arrêtez les promos de soldes
i Réactivez les notifications Chronopost, j'attends un autre colis
n Il est où mon colis ?
n Annulez ma commande, c'est trop long
n Laissez-le chez la gardienne svp
n Le livreur a mis absent alors que j'étais là toute la journée
n Livraison toujours prévue demain malgré la grève ?
n Vous pouvez le déposer au point relais du tabac ?

@school
oa Merci de me retirer de la liste des SMS de l'école, mon fils est au collège maintenant
oa Je ne veux plus les menus de la cantine par SMS
oa Mauvais numéro, je n'ai pas d'enfant dans cette école. Retirez-moi
i Oui, réinscrivez-moi aux alertes de l'académie en cas de neige
n Il y a école demain avec la grève ?
n Léa sera absente aujourd'hui, elle a de la fièvre
n À quelle heure finit la sortie scolaire vendredi ?
n N'arrêtez surtout pas les SMS d'absence des profs, c'est super pratique
n C'est qui ?

@pharmacy
oa STOP rappels ordonnance
oa Plus de rappels de renouvellement, j'ai changé de pharmacie
oa arrêtez les messages, c'était pour ma mère, elle est décédée
om Les rappels d'ordonnance ok mais stop aux offres parapharmacie
i Reprendre les rappels svp
i NONARRET
n Mon ordonnance est prête ?
n Annulez le renouvellement, le médecin a changé le traitement
n Je peux passer après 19h ?
n Vous avez le Doliprane 1000 en stock ?

@weather
oa STOP METEO
oa J'ai déménagé à Marseille, je n'ai plus besoin des vigilances orages pour Lille
i Oui je veux à nouveau les alertes Météo-France
h aide svp
n La vigilance orange canicule est toujours en cours ?
n Ça va s'arrêter de pleuvoir avant 18h ?
n Merci, très utiles ces alertes

@sports
oa Stop résultats
oa plus besoin des notifs de buts du PSG, merci
om les scores oui, les offres billetterie non, arrêtez-les
i ABONNER résultats
i Remettez les alertes Ligue 1 svp
h INFO résultats
n C'était combien le score final ?
n L'OM joue à quelle heure dimanche ?
n L'arbitre aurait dû arrêter le match, le terrain était inondé

@loyalty
om STOP PUB
om Plus de publicité svp
om Arrêtez les promos, je veux juste les tickets de caisse
oa ARRET
oa arret svp
oa STOP merci
oa Désabonnement
oa Désinscrivez-moi
oa Retirez-moi de votre liste
oa Je ne me suis jamais inscrit à ça. Stop.
oa Ne m'envoyez plus de SMS
oa Comment je me désabonne ?
oa ARRÊT
oa Mauvais numéro, arrêtez d'écrire à ce numéro
oa STOP au 36180
i OUI
i je veux m'abonner
i Je veux recevoir à nouveau les offres de la carte Carrefour
i Reprendre les messages svp
h AIDE
h Aide svp merci
h INFO svp
h AIDE PROMOS
n C'est quoi ce programme ?
n J'ai combien de points sur ma carte ?
n Le bon de réduction n'est pas passé en caisse
n A aimé « Vente flash aujourd'hui seulement ! STOP au 36180 »
n La remise marche aussi sur le site ?
n Annuler mon rendez-vous de jeudi, je ne peux pas venir
n Bonjour, merci pour le rappel, je l'ai déjà récupéré hier
n ok merci
n Je veux pas arrêter, j'adore vos offres lol
