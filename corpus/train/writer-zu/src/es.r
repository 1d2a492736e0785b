%% Spanish replies (Spain + LatAm), hurried typing and dictation.
@inbox-typed
O BAJA
O baja porfa
O bajaaa
O ALTO
O alto ya
O PARAR
O parar x favor
O DETENER
O cancelar
O CANCELARRR
O stop xfa
O sotp
O dejen de escribirme
O dejen d mandarme msjs
O ya no me manden nada
O no me escriban mas
O no quiero recibir mas mensajes
O sacame de la lista
O sáquenme de su lista ya!!
O borren mi numero
O como me doy de baja??
O quiero darme de baja de esto
O numero equivocado, dejen de escribir
O no soy andrea, numero equivocado borrenme
O q pesados basta ya
O BASTA DE MENSAJES 😤
O nunca me suscribí a esto, baja
O de baja de todo
O B A J A ya
@inbox-voice
O por favor dejen de mandarme mensajes punto
O baja punto y aparte gracias
O hola no sé cómo consiguieron mi número pero ya me llegaron como diez mensajes esta semana y no quiero recibir ninguno más por favor quítenme de la lista
@inbox-typed
M no mas promos porfa
M baja de publicidad
M dejen de mandar ofertas
M no quiero publicidad solo avisos de mis pedidos
M ya no me manden promociones
M stop a los descuentos, gracias
M basta de spam de ofertas
@inbox-voice
M quiero seguir recibiendo los avisos del envío pero nada de publicidad por favor
@inbox-typed
I ALTA
I alta porfa
I si
I SIII
I sí por favor
I START de nuevo
I reanudar
I quiero volver a recibir los mensajes
I suscribirme
I suscribir porfa
I activar mensajes de nuevo
I vuelvan a mandarme las alertas
I continuar
@inbox-voice
I sí quiero recibir las notificaciones otra vez
@inbox-typed
H AYUDA
H ayuda porfa
H ayudaaa
H ayuda x favor
H info por favor
H info porfa
H info xfa gracias
@inbox-voice
H ayuda punto
@inbox-typed
N q hora cierran?
N quiero cancelar mi pedido 55120
N cancelar la cita del martes porfa
N es para mañana?
N cuando empieza la oferta
N hasta cuando dura el descuento
N ok gracias
N vale
N 👌🏼 listo
N quien es?
N jajaja
N no me llegó el paquete
N el repartidor no paró en mi casa
N me cobraron dos veces, paren eso ya
N sí, confirmo la cita del jueves
N confirmado
N puedo pagar en oxxo?
N aceptan bizum?
N mi codigo no funciona
N no dejen de mandar las alertas me sirven mucho
N cuanto cuesta el envio a cordoba
N numero equivocado perdon
N Me gusta "Responde BAJA para no recibir más mensajes"
N el link no abre
N esto es una estafa o q
N yo no pedí esto
N donde está mi pedido, ya pasaron 2 semanas
N se puede pasar a recoger en tienda?
N pueden parar en la esquina? no hay donde estacionar
@inbox-voice
N voy a llegar a las cuatro punto gracias
N hola pedí la talla M y me llegó la L cómo hago el cambio no quiero la devolución del dinero solo la talla correcta
