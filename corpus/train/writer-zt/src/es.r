@bank
oa BAJA ALERTAS
oa no quiero recibir más alertas del BBVA, ya cerré la cuenta
oa Dejen de mandarme los avisos de saldo por favor
oa Ya no soy cliente de Santander, borren mi número
om Las alertas de movimientos sí, pero las ofertas de préstamos no. Basta de publicidad
om no más promos de tarjetas porfa
i ALTA ALERTAS
i Quiero volver a recibir las alertas de Bizum, las di de baja sin querer
h AYUDA ALERTAS
n ¿Ese cargo de 49,99 en Amazon lo hice yo? no me suena
n Sí, fui yo, compré en El Corte Inglés
n NO reconozco esa compra, bloqueen la tarjeta ya
n ¿Cómo cambio el límite de la alerta a 100 euros?
n Cancelar la transferencia de ayer, me equivoqué de IBAN

@delivery
oa parar avisos de envío
oa Ya me llegó el paquete hace días, dejen de escribirme
oa este pedido no es mío, no me manden más mensajes de Correos
om el seguimiento está bien, pero dejen de mandarme rebajas
i Reactiven los avisos de SEUR por favor, tengo otro pedido en camino
n ¿Dónde está mi paquete?
n Cancelar pedido, tarda demasiado
n déjenlo con el portero, por favor
n El repartidor no vino y puso que estaba ausente, mentira
n ¿Entregan mañana aunque sea festivo?
n se puede cambiar la dirección de entrega? me mudé a Getafe
n ¿Por qué pone STOP en el mensaje? Yo quiero mi paquete jaja

@school
oa Por favor quítenme de la lista de avisos del colegio, mi hija ya está en el instituto
oa no me manden más el menú del comedor
oa Número equivocado, no tengo hijos en ese colegio. Eliminen mi número
i Sí, quiero recibir los avisos de la AMPA otra vez
n ¿Mañana hay clases o es puente?
n Lucía no va hoy, tiene fiebre
n ¿A qué hora es la salida el viernes?
n No dejen de mandar los avisos de suspensión de clases, son muy útiles
n ¿Quién es?

@pharmacy
oa DETENER recordatorios
oa Ya no compro en esa farmacia, no más recordatorios de recetas
oa dejen de mandar mensajes, mi padre falleció, eran sus medicamentos
om basta de cupones y ofertas de Farmacias del Ahorro, solo quiero el aviso cuando esté lista la receta
i REANUDAR recordatorios
i Continuar
n ¿Ya está lista mi receta?
n Cancelen el resurtido, el doctor me cambió la dosis
n ¿Puedo pasar por ella después de las 9?
n ¿Tienen el Omeprazol de 20 mg en la sucursal de Insurgentes?

@weather
oa ALTO alertas de clima
oa Ya no vivo en Monterrey, no necesito las alertas de lluvia
i Sí quiero las alertas de AEMET de nuevo
h ayuda por favor
n ¿Sigue la alerta naranja por calor?
n ¿Va a parar de llover antes del partido?
n Muy útiles los avisos, gracias

@sports
oa BAJA resultados
oa no quiero más notificaciones de goles del Madrid, gracias
om los resultados bien, las ofertas de entradas no, párenlas
i SUSCRIBIR resultados
i Volver a activar las alertas de LaLiga
h INFO resultados
n ¿Cómo quedó el partido?
n A qué hora juega el Atleti el domingo
n el árbitro tenía que parar el partido, la cancha era un charco

@loyalty
om BAJA OFERTAS
om No más publicidad por favor
om dejen de mandarme promociones, solo quiero los tickets de compra
oa BAJA
oa baja por favor
oa Cancelar
oa cancelar suscripción
oa Sáquenme de su lista
oa Yo nunca me suscribí a esto. Dar de baja.
oa PARAR
oa ya basta de mensajes, no me escriban más
oa ¿Cómo me doy de baja?
oa Detener
oa numero equivocado, dejen de escribir a este número
i SÍ
i suscribirme
i Quiero volver a recibir las ofertas del Club Carrefour
i Reanudar mensajes por favor
h AYUDA
h Ayuda porfa
h INFO por favor
h info gracias
h AYUDA OFERTAS
n ¿Qué es este programa?
n ¿Cuántos puntos tengo?
n el cupón no me funcionó en caja
n Le gustó “Oferta flash solo hoy. Responde BAJA para no recibir más”
n ¿El descuento aplica también en la tienda online?
n es para mañana?
n Cancelar mi cita del jueves, no puedo ir
n Hola, gracias por el recordatorio, ya lo recogí ayer
n ok gracias
