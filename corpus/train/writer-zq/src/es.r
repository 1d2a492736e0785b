oa retail | ALTO
oa retail | alto porfa
oa telecom | BAJA
oa telecom | baja por favor
oa bank | cancelar
oa app | PARAR
oa political | DETENER
oa retail | Alto!! ya no me manden nada
oa telecom | dénme de baja de estos mensajes
oa retail | ya no quiero recibir mensajes
oa pharmacy | No me manden más mensajes por favor
oa political | dejen de mandarme mensajes, ni siquiera vivo en ese distrito
oa restaurant | borren mi numero
oa gym | quiero darme de baja de los sms
oa retail | como me doy de baja??
oa app | cómo cancelo estos mensajes
oa telecom | YA BASTA DE MENSAJES!!! los voy a denunciar a PROFECO
oa bank | Buenas tardes, solicito atentamente que dejen de enviar mensajes a este número. Saludos cordiales.
oa school | numero equivocado, por favor quiten este numero de su lista
oa delivery | Número equivocado. Dejen de escribirme
oa retail | altoo
oa retail | atlo
oa app | A L T O ya
oa church | Por favor ya no me envíen mensajes, Dios los bendiga
oa political | no me escriban más, es la quinta vez que les digo
oa charity | ya doné, sáquenme de la lista por favor
oa clinic | Este teléfono era de mi papá, falleció. No manden más mensajes.
oa app | stop plis ya no
oa retail | desuscribir
oa airline | Quiero dejar de recibir SMS
oa utility | cancelar mensajes
oa retail | q ya no me manden nada wey
oa gym | ya cancelé la membresía hace meses, dejen de mandar msjs
om retail | ya no quiero promociones, solo avisos de mis pedidos
om telecom | no más publicidad por favor
om bank | No quiero mensajes promocionales, las alertas de seguridad sí
om restaurant | ya no me manden cupones
om airline | dejen de mandar ofertas pero sigan con los avisos de vuelo
om pharmacy | solo avísenme cuando esté lista la receta, sin anuncios
om app | baja de las promos porfa
i retail | ALTA
i retail | quiero volver a recibir los mensajes
i telecom | SI
i school | sí, por favor
i app | reanudar
i pharmacy | Empezar
i bank | suscribir
i gym | vuelvan a mandarme los recordatorios de las clases porfa
i retail | me di de baja sin querer, quiero volver
i church | Sí, quiero recibir los mensajes semanales
i clinic | quisiera volver a recibir los recordatorios, gracias
i delivery | continuar
i retail | sii
h retail | AYUDA
h bank | ayuda por favor
h telecom | info porfa
h app | ayudaa
h pharmacy | necesito ayuda, qué es esto
h utility | AYUDA!! no entiendo
h school | más información por favor
h airline | ayuda gracias
n retail | ¿abren el domingo?
n restaurant | puedo pasar a las 6 por el pedido?
n clinic | Quiero cancelar mi cita del martes, tengo un compromiso
n pharmacy | ya no voy a poder recoger, lo puedo cancelar?
n gym | a qué hora empieza la clase de spinning
n school | a qué hora termina la excursión
n airline | ¿mi vuelo está cancelado?
n delivery | el paquete no llegó
n delivery | déjelo con el portero por favor
n bank | yo no hice esa compra, llámenme
n retail | ¡Gracias!
n retail | gracias, muy amable
n restaurant | 👌
n app | Le gustó "Ofertas hasta medianoche. Responde ALTO para cancelar"
n political | Hay que detener esa ley, estoy con ustedes
n charity | no dejen de mandarme noticias de los perritos
n school | por favor no paren los avisos de suspensión de clases
n telecom | por qué me llegó tan cara la factura
n utility | sigue sin luz la colonia Roma
n retail | tienen esta en talla 38?
n retail | quién es?
n pharmacy | okis
n clinic | ahí estaré
n school | Mateo no va a ir hoy, tiene fiebre
n church | Amén 🙏
n delivery | dice entregado pero no hay nada
n bank | es una estafa?
n retail | mi nieto me puso este teléfono y no sé abrir el enlace
n gym | quiero cancelar la membresía, qué necesito llevar
n clinic | sí, ahí estaré a las 3
n app | no me quiero dar de baja, solo no puedo entrar a la app
n delivery | pare en la puerta de atrás, hay perro adelante
n restaurant | mesa para 4 a las 8 porfa
n retail | es para mañana?
n political | ¿y ustedes quiénes son?
n telecom | jajaja
