# Spanish p2p: familia en el extranjero, roomies, compañeros, trabajo; Spanglish
Amá ya llegué a Houston, todo bien, le marco al rato
Mija, ¿ya comiste? No nomás comas sopa Maruchan
Papá deja de preocuparte, aquí hace frío pero estoy bien
Te mandé el dinero por Remitly, avísame cuando llegue
Dile a mi abuelita que el domingo le hago videollamada
Mamá ya no me mandes cadenas de WhatsApp porfa jajaja
¿Ya te dieron la cita para la visa?
Tía, ¿me pasas la receta del mole otra vez?
Se canceló mi vuelo a Guadalajara, llego hasta el lunes
No me escribas mañana temprano, tengo examen a las 8
Mándame foto del perrito nuevo
Tu primo viene a Madrid en marzo, ¿se puede quedar contigo?
Ya basta con lo de que cuándo me caso, mamá
Ya no me mandes tamales en la maleta, me los quitaron en la aduana
Aquí son las 3 de la mañana, el cambio de horario me mata
Voy a dejar el turno de noche cuando acabe el semestre
Papi, a fin de mes me pagan mi primer cheque aquí
Pasa con tu tío Beto cuando estés en LA, él tiene los papeles
Extraño tu comida, aquí todo sabe a nada
Feliz cumple papá, happy birthday, perdón que no estoy
El internet está fatal, mejor te escribo
Mamá, el banco me bloqueó la tarjeta por usarla afuera
No dejes de mandarme audios, me gusta oírte
Oye, ¿quién se acabó la leche OTRA VEZ?
Porfa ya deja de dejar los trastes en el fregadero
La renta es el viernes, te paso mi parte por Bizum
El casero viene a las 10 a arreglar el calentador
Cancela a la señora de la limpieza esta semana, yo limpio
Hoy hago arroz con frijoles, ¿quieres?
Deja de robarme la leche de avena 😤
Ya estuvo con la música a todo volumen, mañana tengo clase
Alguien dejó la puerta abierta
¿Compraste papel de baño o voy yo?
Ya no más fiestas entre semana, los vecinos se quejaron
Llego tarde, no me esperen para cenar
¿Me traes huevos de camino? Te los pago
Tu paquete llegó, lo metí
Se está saliendo el agua de la regadera otra vez
Me mudo a finales de junio, les aviso desde ya
¿Quién es el güey que está dormido en el sillón?
El contrato se acaba en agosto, ¿renovamos?
Ya hay agua caliente!
Ok, cancelo mi Netflix y uso el tuyo
Se acabó el arroz, compro el costal grande en el súper
¿La tarea es para hoy o para el lunes?
El profe canceló la clase, checa el correo
¿Me pasas los apuntes del jueves? Estaba enferma
Reunión del equipo en la biblio a las 4?
Voy a dar de baja la materia de cálculo, no puedo
Ya deja de estresarte, el examen es a libro abierto
¿Ya subiste el trabajo a la plataforma?
El seminario termina a las 6, vamos por unos tacos después
Ya no más desvelos, lo juro
¿Quién hace la conclusión?
Paso por tu cuarto por el cargador
No escribas más en el grupo, ella ya lo silenció
Se canceló el laboratorio, el equipo está roto
¿Vas a la fiesta de estudiantes internacionales?
Ya basta de estudiar por hoy, no me da la cabeza
Estoy en la parada, el camión no llega
Empezamos el proyecto el sábado
Los parciales empiezan la otra semana y no estoy lista
Dieron prórroga hasta el viernes!!
Voy 10 minutos tarde, el metro se paró en Pantitlán
¿Me cubres el sábado? Tengo la cita de inmigración
El encargado dice que podemos salir temprano
Se canceló la junta, el jefe está enfermo
Renuncio en dos semanas, no le digas a nadie
Ya deja de ponerme en copia jaja
¿Me mandas el horario de la otra semana?
La impresora se trabó otra vez
Se acabó el turno, me voy, nos vemos mañana
¿Quién se comió mi lonche del refri?
Ya no más horas extra este mes, necesito dormir
El cliente quiere el reporte hoy
¿Me revisas si llené bien la hoja de horas? No entiendo el form
No me escribas en mi día libre, llámame si es urgente
Ya arreglaron la cafetera
Tuve que cancelar el dentista por el doble turno
El pago es el jueves, ¿verdad?
Están contratando, dile a tu prima que aplique
Gracias por ayudarme con el inglés del email
Paramos a comer a la 1, ya llegó el food truck
Ya deja de trabajar tanto, nos haces quedar mal jaja
Va, nos vemos a las 7
Vale tío, en 10 estoy
Voy en camino, hay un tráfico horrible
Jaja sí ya sé
Ándale pues
No se te olvide el cargador
Perdón, no oí el teléfono, iba en el metro
Ya basta por hoy, me voy a dormir
Buenas noches, que descanses
¿Cuál era la contraseña del wifi?
¿Viste la final? Increíble
Cancela eso, ya encontré las llaves
Ya terminemos la pelea, perdóname
No más café para mí, estoy temblando
Ya párale, me estás haciendo reír en la biblioteca
¿Dónde comemos, pupusas o el coreano?
El partido empieza a las 8 hora de aquí
Mi cel me cambia todo al inglés, ignora los errores
Ya me di de baja del gym y me siguen cobrando
Traime pan dulce cuando vengas
Ya me dieron la residencia!!!
Ya dejó de llorar el bebé, se durmió
