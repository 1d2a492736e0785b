%% Spanish person-to-person texts.
ya voy
llego en 10
toy llegando
q haces?
nada y tu
te quiero
yo mas 💕
jajajaja para ya me muero 😂
para q me haces llorar
basta jajaja no puedo más
mamá deja de escribirme en clase 😭
no me escribas ahora q estoy manejando
no me mandes msjs en el examen, luego te llamo
dejame en paz q estoy durmiendo
déjame en paz un rato porfa
ya basta de memes q no puedo respirar
ya basta de pelear x favor
no mas dulces antes de cenar
no más pizza toy llenísimo
renuncié al curro hoy!!!
mi papá dejó de fumar por fin
deja de acaparar el baño
cancelaste netflix o lo hago yo?
cancelamos la cena? estoy muerta
cancelaron el partido x la lluvia
me cancelas la cita del dentista porfa
hay q darnos de baja del gym es un robo
me di de baja de spotify premium
la peli termina a las 11
se acabó lo q se daba
fin de la historia jaja
puedes parar en la gasolinera?
pasas luego x casa?
paso x lo de la abuela después del trabajo
el bus no paró en la parada otra vez
a q hora empieza tu turno
el partido empieza a las 9 no llegues tarde
avísame cuando llegues
ya aterricé ✈️
feliz cumple hermanita 🎉
feliz cumpleaños!! q la pases bomba
gracias x la cena de anoche
q cenamos?
unos tacos?
dale
nose tu elige
toy muerto
igual
jajajsjsjs
bn noches 😴
buen día ☀️
le diste de comer al perro?
saca la basura porfa
quien se comió mis sobras
yo no fui
fue tu hermano seguro
mamá me recoges a las 4?
papá el coche hace el ruido raro otra vez
tu abuela dice q la llames
hiciste la tarea?
sii mamá
ya voy ya voy
deja de preguntarme si hice la tarea 🙄
te dije q pares de hacerme cosquillas jajaja
podemos dejar de discutir x esto?
mejor lo dejamos x hoy y hablamos mañana
deja de dejar los platos en el fregadero
si no paras le digo a mamá
no puedo dejar de pensar en esa serie
no para de llover
el móvil no para de sonar
ya tuve suficiente de esta semana
ya es suficiente café para ti
se acabaron las excusas mañana al gym
nada de drama porfa
terminé con juan
game over perdimos jaja
no te lo vas a creer
llámame ya
contesta el teléfono
se me murió el cel
me prestas tu sudadera?
dejaste las llaves aquí
dónde estás
en el centro comercial
con quien
con vale nomas
ok a casa antes de las 10
se cayó el wifi otra vez
pagaste la luz?
me pasas 20 x bizum de la pizza
listo enviado
a q hora es la fiesta
tipo 9
trae papitas
te extraño
yo más
maneja con cuidado
avísame cuando llegues a casa
ya en casa
buenas noches amor
mamá deja de mandarme cadenas en whatsapp 😂
abuelo deja de responder a todos en el grupo de la familia
ya no te molesto más con eso prometido
me salí del grupo era demasiado
deja la puerta abierta q no tengo llave
déjalo en la mesa
corta y te llamo yo
cancelé el vuelo me quedo otra semana
cancelaron las clases mañana??
me cancelaron el pedido de amazon 😡
cancela el uber ya encontré quien me lleve
suspendieron el concierto estoy destrozada
jaja para para ya entendí
vale para tú ganas
DEJA DE GRITAR EN EL CHAT jaja
PERDÓN TENÍA LAS MAYÚSCULAS
puedes recoger a los niños a las tres y media punto gracias
oye estuve pensando en lo q dijiste anoche y tienes razón hay q dejar de posponer el viaje y reservar ya antes de q suban los precios q opinas
mamá sé q te preocupas pero tienes q dejar de llamarme cada hora cuando salgo tengo 22 años y estoy bien te escribo cuando llegue
felicidades x el nuevo trabajo!!
qué orgullo
comida el domingo en casa?
me parece bien
este finde no puedo
manda fotos
q cosita más linda
