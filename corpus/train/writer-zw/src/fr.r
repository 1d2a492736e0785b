# French replies: Maghreb / Québec / Belgique / Afrique de l'Ouest, étudiants, registre soutenu mal placé
@zw-mix
o STOP svp wallah
o Safi, stop les messages
o khlass arrêtez de m'écrire
o Arrête stp, merci beaucoup
o ARRET
o arret svp
o Stop please, je veux plus recevoir ça
o Désabonnez-moi, thanks
o Pouvez-vous unsubscribe mon numéro svp
o Arrêtez de m'texter, c'est assez là
o Je veux pu recevoir vos textos, câlisse
o désinscription
@zw-lowlit
o aret de menvoyer d mesage
o jveu plu de sms
o pa besoin de vos mesaj arreter
o me envoye plus rien svp je comprend pas
o sttop
o enlevé mon numéro
@zw-formal
o Madame, Monsieur, je vous prie de bien vouloir cesser tout envoi de SMS à ce numéro. Veuillez agréer mes salutations distinguées.
o Bonjour, je sollicite respectueusement la suppression de mon numéro de votre fichier. Cordialement
o Par la présente, je retire mon consentement à recevoir vos messages.
o Je vous saurais gré de ne plus me contacter par SMS.
@zw-autocorrect
o Arête
o Arrêt stp
o Des abonner
o STOP STOP arrêtez
o Stpo svp
o numéro erroné, je ne suis pas Karim, retirez-moi de la liste
o Je suis rentré au Sénégal, arrêtez d'envoyer à ce numéro svp
o C'est le téléphone de ma mère, elle lit pas le français, stop les messages
@zw-scope
m Stop les promos svp, juste les SMS de livraison
m Plus de pub merci, je garde les rappels de rendez-vous
m Arrêtez les offres commerciales, le code de validation ça va
m pas de publicité svp, seulement le suivi de commande
m Je ne souhaite plus recevoir vos offres promotionnelles. Les alertes de compte peuvent continuer.
m stop les bons plans, khlass
m Retirez-moi de la liste marketing, merci
@zw-optin
i NONARRET
i Nonarret svp
i START stp
i OUI
i Oui merci
i Reprendre
i Je veux recevoir à nouveau vos messages
i Réabonnez-moi svp, j'ai fait stop par erreur
i Continuer
i Abonner
i Renvoyez-moi les SMS svp, je suis de retour en France
i start again svp
i Réactivez les notifications par SMS, merci
@zw-help
h AIDE
h aide svp
h Aide s'il vous plaît
h INFO svp
h Infos
h help svp
h Aide merci
h aidee
h Info merci bien
@zw-lookalike
n Je voudrais annuler mon rendez-vous de mardi, je pars au bled
n Annulez ma commande svp, j'ai commandé deux fois
n La promo commence quand ?
n Je passe au magasin demain après le boulot
n L'arrêt de bus c'est devant la pharmacie ?
n N'arrêtez pas les rappels, j'en ai besoin pour la préfecture
n C'est qui ?
n Je comprends pas l'anglais, vous pouvez écrire en français ?
n C'est pour mon compte CAF ce message ?
n J'ai déjà payé la facture, pourquoi je reçois ça
n Ok merci
n Ça marche, à jeudi
n Je confirme pour 15h
n A aimé « Votre code est 7731. Répondez STOP pour ne plus recevoir de SMS »
n A adoré « STOP au 36180 »
n C'est le même numéro pour WhatsApp ?
n Le lien marche pas sur mon tél
n Ma fille va récupérer les médicaments, c'est bon ?
n Combien ça coûte pour résilier l'abonnement de la salle ?
n Arrêtez de m'appeler au travail, plutôt par SMS
n Vous pouvez suspendre la livraison une semaine ? Je suis à l'étranger
n Merci, que Dieu vous bénisse
n Plus de pain dans la commande svp, juste du lait
n Vous fermez à quelle heure ?
n Ma carte a expiré, je paie la semaine prochaine
n Y a des infos sur le vaccin pour les enfants ?
n Fin du mois c'est ok pour le paiement
n Je peux payer en espèces ?
n Arrêt de travail jusqu'à vendredi, je peux décaler le rendez-vous ?
n Le colis est toujours pas arrivé, il est où ?
