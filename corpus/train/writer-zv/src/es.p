# amigos
¿Seguimos con el brunch del domingo o Ale lo canceló otra vez?
Ya estoy en el bar, ¿dónde estáis?
Pásate por mi casa antes de la fiesta, tengo tu chaqueta
jajaja para ya, me estoy meando de risa
Para, que me sonrojo 🙈
¿Quién conduce el sábado? En mi coche caben 4
Se cancela la cena, Ale tiene covid. ¿Lo dejamos para la semana que viene?
No me canceles esta vez, te lo juro
He dejado el curro hoy!!! Invito yo a las cañas
¿Cómo que lo dejaste?? Llámame ya
Basta de hablar del trabajo, ¿qué cenamos?
Nunca más vuelvo a beber tequila
¿Me recoges a las 7? El coche no arranca
La peli empieza a las 22:15, no lleguéis tarde
No puedo dejar de pensar en los tacos de anoche
Deja de mandarme tiktoks a las 2 de la mañana, que madrugo 😂
Mándame más videos de perritos, los necesito
Hazme un Bizum de 42€ por la casa rural
¿Quién trae el altavoz?
Feliz cumple!!! 🎉 te quiero
gracias guapa, nos vemos a las 6
Se canceló el concierto, dicen que devuelven el dinero en 5 días
Se me olvidó cancelar la prueba de HBO otra vez
Por fin me di de baja de todos los correos de tiendas, qué paz
Recuérdame dar de baja Spotify antes del viernes
No le escribas. En serio, no le escribas
Lo bloqueé en todo por fin
Avísame cuando llegues a casa
Ya en casa! Buenas noches
wey ya llegué, ¿dónde andas?
no mames, ¿en serio renunciaste?
ya estuvo, me voy a dormir
# equipo
El entreno se pasa a las 19:00 en el campo 3, traed las dos camisetas
Partido suspendido por tormenta, se recupera otro día
El míster dice que se acabaron las excusas, todos el jueves
¿Quién trae la fruta para el sábado?
El árbitro paró el partido 20 minutos por la niebla jaja
¿Alguien puede llevar a Hugo? Estoy liado en el trabajo
Esta semana no puedo, el isquio sigue fatal
La cuota son 60€, pagadle a Marcos antes de fin de mes
Dejad de pasársela al portero cada vez, ya lo hablamos 😂
Me salgo de la liga de los martes, me viene mejor el miércoles
¿Alguien sabe cuándo termina la temporada?
¡Ganamos 3-1! Cañas en el Paco
Basta ya de piques en el grupo, vosotros dos 🙄
# aficiones
El club de lectura este mes es en casa de Raquel
No he terminado el libro, ¿puedo ir igual? jaja
Terminamos a las 20:30 que Pili coge el último bus
Se suspende el taller de ganchillo esta semana, Elena está ingresada
Quedada de running en la fuente a las 7, 5 km suave
Dejé de correr después de la operación de rodilla, pero os acompaño andando
¿Ajedrez esta noche? Quiero la revancha
Se rindió en la jugada 12, abandonó jaja
Pauso las clases de cerámica hasta que nazca el bebé
Se cancela la partida de rol, el máster tiene gripe
Por favor dejad de hacer spoilers en el grupo, que voy por el capítulo 4
# padres del cole
Recordad que el viernes salen a las 12:30
¿Alguien tiene la lista de palabras del dictado?
¿Alguien puede recoger a Pablo con Sofía hoy? Te debo una
Se suspende la reunión del AMPA, se pasa al martes
La parada del bus cambia a la esquina de la calle Mayor desde el lunes
Mis hijos no paran de hablar de la excursión 😂
¿Quién organiza el regalo de la seño este año? Pongo 20€
La profe dice que nada de bollería en el almuerzo
Por favor dejad de responder a todos en el grupo de clase, tengo 50 notificaciones 😩
¿Se puede silenciar este grupo? Pregunto por una amiga jaja
Mi hija quiere dejar el fútbol, ¿a la vuestra le pasó?
¿Cómo me doy de baja del comedor los viernes?
Hoy no hay cole por la nieve!!!
# ex / pareja
Necesito espacio. Por favor no me escribas en un tiempo
Déjame en paz, esta vez va en serio
Deja de llamarme al trabajo
Como me mandes otro testamento te bloqueo
Se acabó. No voy a pasar por esto otra vez
Quédate con la batidora
Ya basta. No voy a discutir por WhatsApp
Deja de sacar lo del verano pasado
Perdona, sé que dijiste que no te escribiera, ya paro
¿Podemos hablar como adultos? ¿Un café el jueves?
Todavía tengo tu sudadera, ¿la quieres?
No me escribas cuando vas borracho
Sin problema con lo de Lucía, pero nada de mensajes después de las 9 salvo que sea sobre ella
# familia
Mamá deja de mandarme cadenas 😂
Papá para de reenviarme vídeos de Facebook porfa
Comida en casa de la abuela el domingo a las 2, traed postre
Llámame cuando puedas, no es urgente
¿Quién se comió la última croqueta?
¿Puedes pasar por la farmacia por lo del abuelo?
Tu hermano por fin dejó de fumar!!
Basta con las preguntas de la boda, pondremos fecha cuando la pongamos
Te quiero, conduce con cuidado
Vino el fontanero, ya no gotea
# grupos
¿Quién le cambió el nombre al grupo a "Para de gritar Karen"? 💀
jajaja paraaa
Me salgo del grupo, demasiadas notificaciones. Escribidme por privado
Nada de política en este grupo por favor, lo acordamos
Basta, este hilo tiene 400 mensajes
Encuesta rápida: ¿viernes o sábado para la sorpresa de Maya?
shhh no le digáis nada 🤫
¿Alguien añade a Dani? Tiene número nuevo
Silencio el grupo hasta la noche
Deja de mandar stickers, Eric
Cancelamos el jueves y hacemos brunch el sábado
# vecinos y trabajo
Vecino, tu alarma del coche no para, ¿puedes mirarla?
Te dejaron un paquete en mi puerta, te lo subo
El cliente canceló, tenemos la tarde libre
Dejad de poner reuniones a las 14:45 del viernes 😭
La impresora ha dejado de funcionar otra vez
Me voy de la empresa a final de mes, ya he avisado
Mañana cortan el agua de 9 a 12
Tengo que dejar de comprar café todos los días
voy de camino
llego tarde perdón!!
