# Spanish replies: Spanglish (US), border, Spain, low literacy, over-formal
@zw-mix
o STOP porfa
o ya no me manden mensajes, thank you
o Stop ya, no quiero más textos
o no más textos please
o porfavor unsubscribe, no entiendo estos mensajes
o BAJA
o baja porfa
o Denme de baja, I don't want this
o PARAR
o ALTO ya por favor
o Cancelar mensajes
o ya basta de mensajes, stop
o DETENER
@zw-lowlit
o ESTOP ya
o ya no quiero q me manden nada
o no me mande mas mensage
o kiero darme de baja
o ya no me escriban x favor
o paren de mandarme mensajes, no se quien son
o vaja
o nomas mensajes
@zw-formal
o Estimados señores: les solicito de la manera más atenta que cesen el envío de mensajes a este número. Atte.
o Buenas tardes, por medio del presente solicito mi baja de su lista de mensajes. Sin más por el momento, quedo de usted.
o Muy señores míos, les ruego retiren mi número de su base de datos. Un saludo cordial
o Revoco mi consentimiento para recibir SMS. Saludos
@zw-autocorrect
o Stop stop stoppp
o Bajar
o de baja por fa
o Oye ya no me manden, este es el cel de mi mamá y ella no lee inglés ni español bien
o número equivocado, no soy Lupita, bórrenme de la lista
o ya me regresé a México, dejen de mandar mensajes a este número
@zw-scope
m ya no quiero promociones, nomás los avisos de mi pedido
m no más publicidad por favor
m Stop the promos porfa, solo los recordatorios de la cita
m Dejen de mandarme ofertas, el código de verificación sí lo necesito
m Ya no quiero los cupones, gracias
m Quiero darme de baja de las promociones, no de las alertas de pago
m Favor de no enviar más publicidad. Atentamente, Sra. Ramírez
@zw-optin
i ALTA
i alta por favor
i START porfa
i Sí
i Si por favor
i Quiero volver a recibir los mensajes
i me dan de alta otra vez? me di de baja sin querer
i Reanudar
i Continuar
i Suscribir
i mándenme otra vez las ofertas por favor
i ya regresé, pueden volver a mandarme los mensajes
i SUSCRIBIRME
@zw-help
h AYUDA
h ayuda porfa
h Ayuda por favor
h INFO por favor
h información
h ayudaa
h help porfa
h Ayuda, gracias
h Info porfis
@zw-lookalike
n quiero cancelar la cita del martes, me voy a Tijuana
n Cancelen mi pedido por favor, lo pedí dos veces
n ¿A qué hora empieza la venta?
n Paso por la tienda mañana en la tarde
n ¿Dónde queda la parada del camión?
n No dejen de mandar los recordatorios, me sirven mucho
n ¿Quién es?
n No entiendo inglés, ¿me lo pueden mandar en español?
n ¿Esto es de mi cuenta del banco?
n Ya pagué el bill, ¿por qué me llega esto?
n Ok gracias
n Listo, nos vemos el jueves
n Confirmo la cita a las 3
n Me gusta "Tu código es 5521. Responde STOP para cancelar"
n Le encantó "Responde BAJA para no recibir más mensajes"
n ¿Es el mismo número de WhatsApp?
n Es para mañana
n ¿Puedo pagar en efectivo?
n El link no abre en mi teléfono
n Ya basta de cobrarme de más, quiero hablar con un gerente
n Mi hija va a recoger la medicina, ¿está bien?
n ¿Cuánto cuesta cancelar la membresía del gym?
n Deja de llamarme al trabajo, mejor por mensaje
n ¿Pueden parar la entrega una semana? Estoy fuera del país
n Gracias, que Dios los bendiga
n No más pan en el pedido, solo leche
n ¿A qué hora cierran hoy?
n Mi tarjeta se venció, pago la otra semana
n ¿Hay información sobre las vacunas para niños?
n Se me cayó la app, ¿cómo entro a mi cuenta?
