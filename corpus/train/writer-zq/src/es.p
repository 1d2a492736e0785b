ya voy
llego en 10, perdón!!
mija, compra leche de regreso
le diste de comer al perro?
mamá dónde está mi cargador
en el cajón de la cocina como siempre
jajajaja no puedo
quién agarró mi sudadera
Feliz cumpleaños mi amor, te quiere tu abuela
gracias abue ❤️
abue no tienes que firmar los mensajes jaja
cómo le hago para que las letras se vean más grandes
márcame cuando puedas
no puedo hablar, estoy en junta
q haces
nada y tú
recógeme a las 3 y cuarto no a las 3
cancelaron el entrenamiento, ven a las 2 y media
¿cenamos a las 9?
va, qué llevo
nada, solo vente
pasa a la tienda, no hay huevos
puedes pasar después del trabajo? necesito ayuda con el sofá
deja de escribirme en clase jaja me van a cachar
ya ya, ya paro
para de mandarme tiktoks a las 3 de la mañana
renuncié hoy al trabajo!!!
QUÉ. llámame ya
qué orgullo, ya un mes sin fumar!!
ya basta de fotos del gato jajaja
nunca son suficientes fotos del gato
no más pastel para mí, estoy llenísima
puedes cancelar lo del dentista? se me olvidó
cancelé netflix, nunca lo vemos
se canceló la reunión, la pasamos al jueves
a qué hora empieza la peli
empieza a las 8 y termina como a las 10 y media
deja de preocuparte, va a salir bien
no puedo parar de reírme con ese video
el camión se paró a medio camino jaja
ya se durmió la niña por fin
vamos a terminar esta pelea, perdóname
yo también perdón ❤️
vas al partido el viernes?
depende de mi turno
¿llegaste bien?
sí, ya en casa. buenas noches
te quiero
yo más
pa me prestas 200 pesos
para qué
comida
va te transfiero
eres el mejor
tu tía está en el hospital pero está bien
ay no, en cuál?
ya vamos a abordar, te escribo cuando aterricemos
aterrizamos!
¿me cuidas a los niños el sábado en la mañana?
sí mientras regrese antes de la 1
viste el correo de la jefa
uf sí
no contesto hasta el lunes
recordatorio: comida del equipo mañana 14h
quién trae el pastel para la despedida de Toño
yo lo paso a comprar
me cubres el turno del martes? te doy mi domingo
trato
vamos a la plaza con Sofi, vienes?
no puedo estoy castigada
jaja qué hiciste
reprobé química 💀
tu mamá dice que le contestes
dile que estoy con la Vale
el plomero viene entre 9 y 12, puedes estar?
me duele la espalda horrible
tómate un ibuprofeno del botiquín
hola hijo, cómo estás? aquí hace mucho frío
hola ma, todo bien, los niños te mandan besos
perdón, iba manejando
no te preocupes
es cierto que te vas a Monterrey??
sí en junio! luego te cuento
quedaste en que ibas a dejar de comerte mi yogur
lo dejo cuando dejes de comprar el bueno
a qué hora es el fútbol
a las 5 y media en el parque de la biblioteca
lista: plátanos, pan, pollo, jabón de trastes
me dieron el trabajo!!!!
FELICIDADES 🎉🎉
estás despierta?
sí no puedo dormir
se cayó el wifi otra vez
desconecta el módem y vuélvelo a conectar
ya jaló, gracias
felices 25 años tíos!
el abuelo se tomó las pastillas?
sí yo lo vi
dónde estacionaste
en el nivel 3 junto al elevador
me pasas los apuntes de bio
ya te los mandé
estoy afuera
ya bajo
pizza o chino?
pizza obvio
el perro se comió un calcetín otra vez
no otra vez 😩
¿cierran la oficina el lunes por el puente?
me pasas la receta de las enchiladas
estoy en la farmacia, necesitas algo?
pastillas para la tos porfa
amor estoy muertísima
vente a casa, hice caldito
porfa deja de dejar los platos en el fregadero
para en la esquina del semáforo y da vuelta a la izquierda
se acabaron las excusas, mañana al gym a las 6
ya estuvo, voy a reservar las vacaciones
no seas dramática y vente a la fiesta
la fila del SAT no se acaba nunca
cancelaron el concierto 😭 devuelven el dinero en 5 días
compartimos un uber?
tía, soy Andrés, este es mi número nuevo
ok mijo ya lo guardé
boludo dónde estás
acá en la esquina, ¿vos?
tío me pasas el wifi
quedamos a las 8 en la plaza, vale?
vale, allí estaré
qué guay, mañana nos vemos tía
donde estas
aquí
