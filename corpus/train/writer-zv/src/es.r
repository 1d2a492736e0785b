# Spanish (Spain + Mexico + others) replies
@peluqueria
O BAJA
O Hola Marisa, soy Lucía. Por favor dejad de mandarme mensajes, me he mudado a Valencia
O Ya no voy a esa peluquería, no me escriban más por favor
O ALTO
O Quítenme de la lista, este número era de mi mamá
M Solo quiero los recordatorios de cita, nada de promociones por favor
N ¿Puedo cambiar la cita del jueves con Vane al sábado?
N Cancela mi cita de mañana a las 5, se me ha puesto malo el niño
N Llego 10 minutos tarde, no me quites el turno porfa
N Me gustó “Estética Sol: 20% en mechas esta semana. Responde BAJA para no recibir más”
N Confirmo para el viernes a las 11, gracias Marisa
I Quiero volver a recibir los avisos de las citas, por favor
I START por favor
H AYUDA
@taller
O Don Chuy ya vendí el carro, ya no me mande mensajes por favor
O DETENER
O stop por favor
O No me manden más mensajes, me cobraron de más por los frenos
O CANCELAR
M Los recordatorios del servicio están bien, pero ya no me manden cupones
N Cancela la alineación, solo quiero el cambio de aceite
N El testigo del motor no deja de parpadear, ¿lo puedo llevar hoy?
N No dejen de mandarme los recordatorios de la ITV, si no se me olvida
N ¿Hasta cuándo dura la promo de llantas?
I Soy Carla otra vez, compré otro coche, ya pueden volver a escribirme
H ayuda por favor
@dentista
O Dejen de mandarme mensajes, ya me cambié de dentista
O Darme de baja por favor
O Número equivocado, no soy Kevin, bórrenme de su lista
O no quiero recibir más SMS
O Parar
M Ya no me manden el boletín de ofertas de blanqueamiento
N Tengo que cancelar la limpieza del día 3, ¿puede ser el 10?
N Sigue doliendo desde el empaste, no se me quita, ¿voy?
N ¿La doctora Ruiz acepta Sanitas?
I Reanudar mensajes por favor, quiero mis recordatorios
I SUSCRIBIR
H AYUDA gracias
@restaurante
O Ya basta de mensajes, por favor no me escriban más
O ¿Cómo me doy de baja de esto?
O BAJA YA
O Nunca me apunté a esto, eliminen mi número
M Las ofertas del menú del día no me interesan, dejen de mandarlas
N ¿Puedo cancelar mi pedido? Puse mal la dirección
N ¿A qué hora deja de servir la cocina hoy?
N ¿Ya se acabó la promo de los martes?
N Vamos tarde, guárdenos la mesa, no la cancelen
N El pedido de Rappi nunca llegó, quiero el reembolso
I Vuelvan a mandarme las promos de los viernes por favor, las extraño
@gimnasio
O Profe Raúl, por favor deje de escribirme, ya me di de baja del gym
O Cancelé la membresía en enero, dejen de enviarme SMS
O Basta ya de mensajes
M Las clases del horario sí, pero las ofertas de entrenador personal no, gracias
N Quiero congelar la membresía mientras me recupero de la operación
N ¿Puedo cancelar la reserva de spinning de las 7? Me quedé dormido jaja
N ¿Cómo cancelo la cuota? Me voy a vivir fuera en mayo
N Dejé el crossfit pero quiero seguir en yoga, ¿cómo cambio?
I Ya volví de la mudanza, pueden reanudar los mensajes
I Suscríbanme de nuevo por favor
@clases
O Hola maestra Alvarez, ya no necesitamos las clases de Jayden, no nos escriba más
O Sáquenme de su lista de mensajes
O desuscribir
N ¿Podemos cancelar la clase del jueves? Emma tiene fiebre
N ¿A qué hora termina la clase? Tengo que recogerla
N Quiere dejar el piano pero seguir con mates, ¿se puede?
I Sí, vuelvan a mandarme los recordatorios de las clases
H INFO por favor
@fontanero
O Ya pagamos, deje de mandarnos mensajes
O No me envíe más mensajes a este número, gracias
O ALTO por favor
M Basta de descuentos de temporada, solo escríbame si hay cita
N Se paró la fuga cuando se fue, pero ya vuelve a gotear
N ¿Puede venir el martes? Cancele el lunes, no estaré
I CONTINUAR
@floreria
O Por favor ya no me manden mensajes, ya fue el funeral
O Me doy de baja de todo
M No quiero más promociones de San Valentín, estoy soltera 😂
N ¿Puedo cancelar la entrega del viernes y pasarla al sábado?
N Pongan en la tarjeta: "Se acabaron las lágrimas, te quiere mamá"
N No paren el arreglo semanal, en la oficina les encanta
I Sí, quiero volver a recibir sus mensajes
H Ayuda, ¿qué es este número?
@peluqueria_canina
O Dejen de escribirme, Canelo murió la semana pasada
O Hola Jenny, por favor quítame de la lista, nos mudamos
O BAJAAA
N ¿Puedo cancelar el corte de uñas de Max? Está en el veterinario
N No para de rascarse desde el baño, ¿cambiaron el champú?
N Vale, nos vemos el martes, gracias Jenny!
I Ya tenemos perrito nuevo, vuélvanme a agregar a sus mensajes
H AYUDA porfa
@mixto
O Cancela mi cita del martes y porfa deja de mandarme mensajes, me mudo a Sevilla
O Marisa no llego el viernes, y la verdad sácame de los mensajes, ando corta de dinero
O Pausen todos los mensajes hasta septiembre por favor
N Cancela la clase del sábado pero sigue mandándome mensajes, la reagendamos
H Ayuda x favor
H AYUDA Marisa
H Ayuda gracias Jenny
