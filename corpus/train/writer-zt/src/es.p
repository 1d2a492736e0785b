Llego 10 minutos tarde, empiecen la reunión sin mí
¿Puedes pasar por mi mesa cuando puedas?
Marta canceló la reunión de las 4, al final no hay
Deja de responder a todos en ese correo, el jefe está que trina jaja
¿Quién se ha comido mi táper de la nevera?
El informe está en la carpeta compartida, falta la parte de ventas
Oye, ¿me cubres el turno del sábado? Te hago el martes
La impresora de la segunda planta se ha vuelto a atascar
¿Comemos en el menú del día de enfrente?
Me voy a despedir a final de mes, no se lo digas a nadie todavía
Hoy no voy, tengo fiebre. Miro el correo luego
Por favor, no me escribas de trabajo después de las 10, mándalo por Teams
Enhorabuena por el ascenso!! Cañas el viernes?
Corto la llamada ya, que me llama el cole de la niña
No más reuniones a las 5 los viernes, por piedad
Se cayó el wifi otra vez
Te mandé la factura, dime si el número de pedido está mal
Hola, soy Carmen del 3ºB, tengo un paquete tuyo en casa
Tu perro se ha escapado otra vez, está en nuestro jardín, tranqui
¿Podrías dejar de aparcar delante de mi cochera? Esta mañana no pude salir
¿Se ha ido la luz en vuestro lado también?
Gracias por bajar la basura de mi madre, de verdad
El sábado hacemos una cena en casa, perdón de antemano por el ruido
¿Me dejas la escalera un rato?
Se ha cancelado la junta de vecinos otra vez
Nos vamos hasta el día 20, ¿nos recoges el correo?
Pásate cuando quieras, hice cocido para un regimiento
No más calabacines por favor, aún nos quedan de la semana pasada jaja
El administrador dice que la derrama se vota en la próxima reunión
Los niños pueden venir a casa después del cole si te lías en el trabajo
¿Quién se ha dejado el fuego encendido?
Pido pizza, ¿quieres?
El alquiler se paga el viernes, hazme un Bizum con tu parte
¿Puedes dejar de acumular platos en el fregadero tres días?
El casero viene el martes a las 10 a mirar el calentador
No queda papel higiénico. Ni jabón. Ni nada
Deja de comerte mis yogures, que los marco con nombre eh
¿Estás en casa? Me he dejado las llaves
Voy a cancelar Netflix, nadie lo usa, pagamos HBO a medias
Por favor no me mandes mensajes a las 3 de la mañana preguntando si cerré la puerta
La alarma de humo pita otra vez, será la pila
Este finde no estoy, boda de mi prima en Valladolid
¿Quién es el tal Kevin que está en nuestro sofá?
Te toca el baño esta semana
Ha subido la fibra otra vez, 8 euros más
Comida el domingo en casa de la abuela a la 1, traed algo
Mamá deja de mandar stickers de Minions 😂
¿Quién tiene la llave de la casa del pueblo?
Papá, me estás llamando con el bolsillo otra vez
¡Feliz cumple tía Rosa! 🎂🎉
El vuelo aterriza a las 18:40, ¿alguien me recoge en Barajas?
¿Podemos dejar de discutir de política en el grupo de la familia?
Hoy recojo yo a los niños, no hace falta que vayas
El abuelo salió bien de la operación, ya se queja de la comida
Recordad que la función de Pablo es a las 7, no lleguéis tarde
Ya basta de política en la cena de Nochebuena, lo digo en serio
Pásame la foto del perro con el gorro
Mamá no puedo parar de reírme con tu corrector jajaja
¿Alguien tiene el número nuevo del tío Paco?
Yo hago la tortilla, que alguien traiga el postre
Dile a Sofía que me llame
Salgo ya, hay un tráfico horrible en la M-30
¿Alguien le dio de comer a los peces?
¡Me han cogido en el trabajo!
Papá, no hace falta que pongas BAJA en el grupo, somos nosotros jaja
La abuela pregunta por qué el móvil le dice memoria llena
Yo llevo las sillas
Os quiero, conducid con cuidado
Para en la gasolinera de camino, la del pueblo está cerrada
El tío Juan cancela, la espalda otra vez
Mamá deja de subir fotos mías de bebé a Facebook 😭
Hola, soy Jorge, el fontanero pasa mañana entre la 1 y las 3
Se sale el agua otra vez debajo del fregadero
Te he hecho la transferencia del alquiler de marzo, confirma cuando te llegue
El jueves cortamos el agua de 9 a 11 por obras
La secadora dejó de funcionar, solo hace clic
¿Puedo pintar la habitación? Un gris clarito
Le recuerdo que el contrato vence el 30 de junio, ¿renueva?
Por favor deje de venir sin avisar con 24 horas, lo pone en el contrato
La calefacción no arranca, estamos a 14 grados dentro
Voy a rescindir el contrato antes, me trasladan a Sevilla. ¿Cuál es la penalización?
Ya le pagué el retraso ayer, deje de escribirme por el recargo
Me devolvieron la fianza, ¡gracias!
¿Cambiamos la visita al lunes?
¿Seguimos en pie para esta noche?
Para ya, me meo de risa
No puedo dejar de pensar en esos tacos al pastor
La peli empieza a las 8:15, ya tengo las entradas
Avísame cuando llegues a casa
Dejé el azúcar una semana y me muero
Nunca más tequila, lo juro
No me escribas mientras conduces, te llamo a la hora de comer
¿Hace frío allí? ¿Llevo chaqueta?
Llámame cuando puedas
¿Dónde aparcaste?
¿Ya cancelaste el gimnasio? A mí me siguieron cobrando meses
Hoy me di de baja de como 40 newsletters, qué gusto
Vale, nos vemos a las 6
El metro dejó de funcionar a la 1 y me volví andando
Estoy en el veterinario con Toby, se comió un calcetín
Tío, deja los audios de 5 minutos y escribe
Deja de mandarme tiktoks en el curro que me río en alto
¿Dónde estás?
Perdona, no vi tu llamada
¿Sigues vivo?
Noche de juegos en casa el jueves
Se canceló el concierto, dicen que devuelven el dinero
Ya casi llego
