/** Spanish demo texts: Articles and Videos (the Atom feed). All fictional. */

/** Opinion, analysis, blog and features. */
export const ES_ARTICLES = [
  {
    slug: 'es-opinion-pension-deal', section: 'opinion', feed: 'articles', h: 11,
    title: 'Un buen pacto de pensiones es un pacto que nadie celebra',
    standfirst: 'El acuerdo entre el Gobierno y la oposición no entusiasma a nadie. Precisamente por eso merece la pena defenderlo.',
    author: 'Beatriz Navarro', categories: ['Opinión'], tags: ['Pensiones', 'Política'],
    caption: 'Jubilados pasean por el paseo marítimo de Velmora.',
    body: [
      `Es raro que un acuerdo político deje a todos un poco descontentos y, aun así, sea una buena noticia. El [pacto de pensiones firmado el lunes](@es-pension-reform-deal) es uno de esos casos.`,
      `Los sindicatos dicen que retrasar la jubilación es injusto; la patronal, que la reforma se queda corta. Ambos tienen parte de razón. Pero un sistema de pensiones necesita, sobre todo, reglas que no cambien cada vez que cambia el Gobierno.`,
      `La excepción para los oficios físicos es lo mejor del acuerdo y también lo más frágil. La lista debe revisarse pronto e incluir a las cuidadoras, que levantan cada día a personas que no pueden moverse solas.`,
      `Si la Asamblea aprueba el texto en enero, habremos conseguido algo poco habitual: una reforma que sobrevive a las próximas elecciones.`,
    ],
  },
  {
    slug: 'es-opinion-quiet-cars', section: 'opinion', feed: 'articles', h: 35,
    title: 'Devuélvannos los vagones de silencio',
    standfirst: 'Los trenes se han llenado de llamadas en altavoz y vídeos sin auriculares. Un vagón tranquilo no es un lujo.',
    author: 'Gonzalo Prieto', categories: ['Opinión'], tags: ['Trenes', 'Convivencia'],
    caption: 'Pasajeros en un tren regional entre Velmora y Lindhavn.',
    body: [
      `Hubo un tiempo en que los trenes regionales de Estmark tenían un vagón de silencio. Se suprimieron hace tres años para «simplificar» el servicio, y desde entonces cualquier trayecto puede convertirse en una sesión de vídeos ajenos a todo volumen.`,
      `No pido prohibir las conversaciones ni los teléfonos. Pido un vagón, uno solo, donde quienes quieran leer, trabajar o dormir puedan hacerlo. Otros países los mantienen sin problemas y se llenan antes que el resto.`,
      `La compañía ferroviaria responde que es difícil hacer cumplir la norma. Pero la experiencia demuestra que casi todo el mundo respeta un cartel claro, y que los propios pasajeros se encargan del resto con una mirada.`,
      `Un vagón tranquilo cuesta lo mismo que cualquier otro. Solo hace falta decidirlo.`,
    ],
  },
  {
    slug: 'es-analysis-salmon-prices', section: 'analysis', feed: 'articles', h: 19,
    title: 'Por qué vendemos más salmón que nunca y ganamos casi lo mismo',
    standfirst: 'El récord de exportaciones esconde un problema: el sector depende de un solo producto y de unos pocos mercados.',
    author: 'Andrés Molina', categories: ['Análisis'], tags: ['Exportaciones', 'Economía', 'Pesca'],
    caption: 'Jaulas de una piscifactoría en un fiordo de la costa oeste.',
    body: [
      `Las cifras de exportación de salmón publicadas esta semana parecen una buena noticia: un 14 % más de toneladas vendidas. Pero los ingresos apenas crecieron un 3 %. ¿Qué está pasando?`,
      `La primera explicación es la oferta. Todos los grandes productores del norte han ampliado sus granjas a la vez, y el precio cae cuando hay más pescado del que el mercado quiere comprar.`,
      `La segunda es la concentración. Tres de cada cuatro kilos van a cinco países europeos. Cuando allí baja el consumo, los productores no tienen adónde ir.`,
      `La tercera es el valor añadido. Estmark exporta sobre todo salmón entero y fresco; el ahumado, el envasado y las marcas, donde está el margen, se hacen en otros países.`,
      `Diversificar mercados y transformar más producto aquí no es fácil ni rápido, pero es la única forma de que un récord de toneladas se convierta también en un récord de ingresos.`,
    ],
  },
  {
    slug: 'es-blog-first-winter', section: 'blog', feed: 'articles', h: 49,
    title: 'Blog: mi primer invierno en el norte, contado por una sevillana',
    standfirst: 'Llegué a Velmora en agosto. Nadie me avisó de que en noviembre el sol se pone a las tres y media.',
    author: 'Rocío Delgado', categories: ['Blog'], tags: ['Vida cotidiana', 'Invierno', 'Migración'],
    caption: 'Farolas encendidas a media tarde en una calle del centro de Velmora.',
    body: [
      `Llegué a Velmora en agosto, con una maleta llena de ropa de verano y la idea de que el frío sería el gran problema. Me equivocaba: el frío se combate con abrigos. Lo difícil es la oscuridad.`,
      `A finales de noviembre, el sol sale pasadas las ocho y se pone antes de las cuatro. Los primeros días salía del trabajo con la sensación de que era medianoche. Mis compañeros se reían: «Espera a diciembre».`,
      `He aprendido tres cosas. Que aquí la gente enciende velas en todas partes, hasta en las oficinas. Que salir a caminar a mediodía, aunque sea diez minutos, cambia el día. Y que los [museos abiertos por la noche](@es-museum-night-free) son un invento genial para sobrevivir al invierno.`,
      `Echo de menos la luz de Sevilla, pero empiezo a entender por qué mis vecinos dicen que el invierno también tiene su belleza.`,
    ],
  },
  {
    slug: 'es-feature-island-doctor', section: 'features', feed: 'articles', h: 62,
    title: 'La única médica de la isla de Skarv',
    standfirst: 'Ingrid Aas atiende a 700 vecinos, hace guardias de 24 horas y, cuando hay tormenta, es también la única esperanza de quien enferma de noche.',
    author: 'Irene Castillo', categories: ['Reportajes'], tags: ['Sanidad rural', 'Islas', 'Skarv'],
    caption: 'La doctora Ingrid Aas camina hacia el consultorio de Skarv bajo la lluvia.',
    body: [
      `Son las siete de la mañana en Skarv, una isla de 700 habitantes a hora y media en ferri de la costa. La doctora Ingrid Aas abre el consultorio, enciende la cafetera y revisa los mensajes de la noche: una fiebre, una receta, un pescador con un corte en la mano.`,
      `Aas llegó a la isla hace doce años para una sustitución de tres meses y se quedó. Es la única médica de Skarv. Trabaja con una enfermera y, una semana de cada cuatro, la sustituye un colega del continente.`,
      `Lo más duro, dice, son las noches de tormenta, cuando el ferri no navega y el helicóptero no puede despegar. «Entonces sé que, pase lo que pase, lo tendré que resolver aquí», explica.`,
      `El Ministerio de Sanidad busca desde hace dos años un segundo médico para la isla, sin éxito. Los vecinos han ofrecido una casa gratis y un barco para pescar los fines de semana.`,
      `Cuando se le pregunta por qué se queda, Aas señala la ventana: el puerto, las casas de colores, un niño que la saluda camino del colegio. «Aquí sé el nombre de todos mis pacientes. Eso no tiene precio».`,
    ],
  },
];

/** Videos: NewsFeed, Video Features, Explainers, TV and Digital Series. */
export const ES_VIDEOS = [
  {
    slug: 'es-video-newsfeed-morning', section: 'newsfeed', feed: 'articles', h: 1.1,
    title: 'Noticiero en video: pacto de pensiones, niebla en el aeropuerto y nieve en el norte',
    standfirst: 'Las noticias más importantes de la mañana, en dos minutos.',
    author: 'Equipo de video', categories: ['Noticiero'], tags: ['Video', 'Resumen'],
    caption: 'Fotograma del noticiero: la presentadora ante el mapa del tiempo.',
    body: [
      `En el noticiero de esta mañana: el Gobierno y la oposición [han cerrado el pacto de pensiones](@es-pension-reform-deal), que retrasa de forma gradual la edad de jubilación.`,
      `Además, la niebla obliga a suspender las salidas en el aeropuerto de Velmora. Se recomienda a los viajeros consultar con su aerolínea.`,
      `Y en el tiempo, la primera nieve de la temporada cubre los pueblos del norte, con temperaturas de hasta ocho grados bajo cero.`,
      `Duración del video: dos minutos y cuarto.`,
    ],
  },
  {
    slug: 'es-video-lighthouse-keeper', section: 'video-features', feed: 'articles', h: 26,
    title: 'Reportaje en video: el último farero de la costa oeste',
    standfirst: 'Olav Brun lleva 38 años cuidando el faro de Nordvik. Cuando se jubile en primavera, el faro será totalmente automático.',
    author: 'Equipo de video', categories: ['Reportajes en video'], tags: ['Video', 'Faros', 'Nordvik'],
    caption: 'Olav Brun sube la escalera de caracol del faro de Nordvik.',
    body: [
      `Este reportaje acompaña a Olav Brun durante una jornada en el faro de Nordvik, el último de la costa oeste que todavía tiene un farero.`,
      `Brun sube cada tarde los 112 escalones de la torre, revisa la lámpara y anota en un cuaderno la dirección del viento y el estado del mar, como hacía su padre antes que él.`,
      `«El faro se encenderá solo cuando yo me vaya, pero nadie mirará el mar como lo miro yo», dice frente a la cámara.`,
      `Duración del video: nueve minutos.`,
    ],
  },
  {
    slug: 'es-explainer-pension-reform', section: 'explainers', feed: 'articles', h: 6,
    title: 'Explicador: cinco claves para entender la reforma de las pensiones',
    standfirst: 'Quién se jubila más tarde, quién no, y qué pasa con las pensiones que ya se cobran, en tres minutos.',
    author: 'Equipo de video', categories: ['Explicadores'], tags: ['Video', 'Pensiones', 'Explicador'],
    caption: 'Animación que muestra la subida gradual de la edad de jubilación.',
    body: [
      `Este video explica, con gráficos animados, qué cambia con el acuerdo de pensiones.`,
      { ol: [
        'La edad de jubilación sube un mes por año hasta llegar a 68 en 2040.',
        'Quienes tengan 25 años de trabajo en oficios físicos podrán jubilarse a los 65.',
        'Las pensiones que ya se cobran no cambian.',
        'La pensión mínima se revalorizará con los salarios, no con los precios.',
        'Cada cinco años, una comisión independiente revisará el sistema.',
      ] },
      `Para conocer las críticas al acuerdo, lea [la columna de Beatriz Navarro](@es-opinion-pension-deal).`,
      `Duración del video: tres minutos.`,
    ],
  },
  {
    slug: 'es-tv-sunday-debate', section: 'tv', feed: 'articles', h: 57,
    title: '«El Debate del Domingo»: ¿debe cerrarse al tráfico el centro de las ciudades?',
    standfirst: 'La alcaldesa de Ciudad del Puerto, un comerciante y una urbanista debaten antes del referéndum de marzo.',
    author: 'Programas', categories: ['TV'], tags: ['Televisión', 'Ciudades', 'Ciudad del Puerto'],
    caption: 'Los invitados de «El Debate del Domingo» en el plató.',
    body: [
      `El programa de esta semana se dedica al [referéndum de Ciudad del Puerto](@es-mayor-bike-referendum) sobre el cierre del centro histórico al tráfico privado.`,
      `La alcaldesa, Ingrid Sæther, defiende que la medida devolverá la calle a los vecinos. El presidente de la asociación de comerciantes teme que los clientes de los pueblos dejen de venir.`,
      `La urbanista Nora Falk aporta datos de otras ciudades europeas, donde las ventas cayeron el primer año y se recuperaron después.`,
      `El programa se emite el domingo a las ocho de la tarde y dura cincuenta minutos.`,
    ],
  },
  {
    slug: 'es-series-islands-2', section: 'digital-series', feed: 'articles', h: 68,
    title: 'Serie «Islas», capítulo 2: Skarv, donde el ferri marca la hora',
    standfirst: 'En el segundo capítulo de nuestra serie digital, pasamos un día en una isla que vive al ritmo del barco.',
    author: 'Equipo de video', categories: ['Series digitales'], tags: ['Video', 'Serie', 'Skarv'],
    caption: 'El ferri llega al muelle de Skarv al amanecer.',
    body: [
      `«Islas» es una serie digital de seis capítulos breves sobre las pequeñas islas habitadas de Estmark.`,
      `En este capítulo llegamos a Skarv en el primer ferri de la mañana, con los niños que van al instituto del continente y el camión que trae el pan.`,
      `Conocemos también a la única médica de la isla, protagonista de [nuestro reportaje](@es-feature-island-doctor), y a un grupo de jubilados que restaura una vieja barca de remos.`,
      `Duración del capítulo: siete minutos. El próximo capítulo, la semana que viene.`,
    ],
  },
];
