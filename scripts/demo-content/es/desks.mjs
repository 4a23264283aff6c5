/**
 * Spanish demo texts: technology, infographs and pictures (JSON Feed), and the regional desk
 * (RSS 1.0 / RDF: real countries, invented people and places). All fictional.
 */

/** Technology, infographs, pictures and the regional desk. */
export const ES_DESKS = [
  {
    slug: 'es-open-source-tax-app', section: 'technology', feed: 'technology', h: 9,
    title: 'Hacienda publica como código abierto la aplicación de la declaración de la renta',
    standfirst: 'Cualquiera podrá revisar cómo calcula el programa los impuestos y proponer mejoras, algo que pedían desde hace años los programadores y los asesores fiscales.',
    author: 'Javier Solís', categories: ['Tecnología'], tags: ['Software libre', 'Administración', 'Impuestos'],
    caption: 'Pantalla de la aplicación de la declaración de la renta en un ordenador portátil.',
    body: [
      `La Agencia Tributaria de Estmark publicó el martes el código fuente de la aplicación que usan cada año dos millones de personas para presentar la declaración de la renta.`,
      `Cualquier persona podrá consultar cómo calcula el programa las deducciones y proponer correcciones. La agencia explicó que la decisión responde a la nueva ley de transparencia y a las peticiones de asociaciones de programadores.`,
      `«Si el Estado te dice cuánto tienes que pagar, debes poder ver cómo lo ha calculado», resumió el director de tecnología de la agencia, Erik Dahl.`,
      `El código no incluye los sistemas internos que cruzan datos con los bancos, que seguirán siendo privados por motivos de seguridad.`,
    ],
  },
  {
    slug: 'es-school-phones-study', section: 'technology', feed: 'technology', h: 42,
    title: 'Un estudio relaciona la prohibición del móvil en clase con mejores notas en matemáticas',
    standfirst: 'Los institutos que guardan los teléfonos durante toda la jornada mejoraron sus resultados, aunque los investigadores piden prudencia.',
    author: 'Javier Solís', categories: ['Tecnología'], tags: ['Educación', 'Móviles', 'Investigación'],
    caption: 'Taquillas con los teléfonos de los alumnos en un instituto de Ciudad del Puerto.',
    body: [
      `Los institutos de Estmark que obligan a guardar el móvil durante toda la jornada escolar mejoraron sus resultados en matemáticas un 4 % de media en dos años, según un estudio de la Universidad de Velmora.`,
      `Los investigadores compararon 60 centros que aplicaron la prohibición con otros 60 de características similares que no lo hicieron. La mejora fue mayor entre los alumnos con notas más bajas.`,
      `Los autores piden prudencia: los centros que adoptaron la norma también pudieron introducir otros cambios al mismo tiempo. «Es una pieza del rompecabezas, no la solución», advierte la coordinadora del estudio, Linnea Sand.`,
      `El Ministerio de Educación decidirá en primavera si extiende la norma a todos los institutos del país.`,
    ],
  },
  {
    slug: 'es-infographic-energy-mix', section: 'infographs', feed: 'technology', h: 4,
    title: 'Infografía: de dónde sale la electricidad de Estmark',
    standfirst: 'La energía eólica ya produce más de un tercio de la electricidad del país. Así ha cambiado la mezcla en diez años.',
    author: 'Equipo de datos', categories: ['Infografías'], tags: ['Energía', 'Datos'],
    caption: 'Gráfico de barras con la producción eléctrica por fuente en 2016 y 2026.',
    body: [
      `La electricidad de Estmark procede hoy en su mayor parte de fuentes renovables. La tabla compara el peso de cada fuente en la producción total en 2016 y en 2026.`,
      { table: {
        caption: 'Producción eléctrica por fuente (% del total)',
        head: ['Fuente', '2016', '2026'],
        rows: [
          ['Hidráulica', '41', '38'],
          ['Eólica', '12', '35'],
          ['Solar', '1', '8'],
          ['Gas', '31', '14'],
          ['Carbón', '11', '0'],
          ['Otras', '4', '5'],
        ],
      } },
      `El cambio más notable es el cierre de la última central de carbón en 2023 y el crecimiento de los parques eólicos marinos, como el de Saltholm.`,
      `Fuente: Operador de la red eléctrica; elaboración del equipo de datos de Tidings. Las cifras están redondeadas.`,
    ],
  },
  {
    slug: 'es-pictures-lantern-festival', section: 'in-pictures', feed: 'technology', h: 20,
    title: 'En imágenes: la fiesta de los faroles ilumina el puerto de Lindhavn',
    standfirst: 'Miles de personas recorrieron el puerto con faroles de papel para despedir el otoño, una tradición que cumple cien años.',
    author: 'Equipo de fotografía', categories: ['En imágenes'], tags: ['Fiestas', 'Lindhavn', 'Tradiciones'],
    caption: 'Niños con faroles de papel caminan por el muelle de Lindhavn al anochecer.',
    body: [
      `La fiesta de los faroles de Lindhavn celebró el sábado su centenario. Estas son algunas de las imágenes de nuestros fotógrafos.`,
      `En la primera, cientos de niños esperan en el muelle con sus faroles encendidos. En la segunda, una banda de música de la escuela municipal encabeza el desfile.`,
      `En la tercera, los faroles se reflejan en el agua del puerto mientras los pescadores miran desde sus barcos. En la última, una anciana que participó por primera vez en 1952 sostiene un farol hecho por su bisnieta.`,
      `La fiesta terminó con fuegos artificiales sobre la bocana del puerto.`,
    ],
  },
  {
    slug: 'es-mexico-community-radio', section: 'arts-culture', feed: 'regions', h: 14,
    title: 'Una radio comunitaria de Oaxaca emite su programación en cuatro lenguas indígenas',
    standfirst: 'La emisora, gestionada por jóvenes voluntarios, se ha convertido en la principal fuente de información de una docena de pueblos de la sierra.',
    author: 'Mariana Cruz', categories: ['América Latina', 'Arte y Cultura'], tags: ['México', 'Radio', 'Lenguas indígenas'],
    source: 'Mesa regional de Tidings',
    caption: 'Dos locutoras preparan el informativo de la mañana en el estudio de la radio comunitaria.',
    body: [
      `En un pequeño estudio de adobe en la sierra de Oaxaca, en el sur de México, un grupo de jóvenes voluntarios emite cada día doce horas de programación en zapoteco, mixe, chinanteco y español.`,
      `La emisora nació hace ocho años con un transmisor de segunda mano. Hoy llega a una docena de pueblos donde la cobertura de los teléfonos móviles es irregular y donde muchas personas mayores no hablan español.`,
      `«Aquí se anuncian las asambleas, los precios del café y las campañas de vacunación. Pero también ponemos música y contamos cuentos», explica su coordinadora, Rosa Martínez.`,
      `La radio se financia con aportaciones de las comunidades y con pequeños anuncios de comercios locales, y ahora busca fondos para renovar su antena.`,
    ],
  },
  {
    slug: 'es-chile-desert-fog', section: 'environment', feed: 'regions', h: 33,
    title: 'Atrapanieblas llevan agua a una escuela del desierto de Atacama',
    standfirst: 'Unas mallas instaladas en una colina recogen la humedad de la niebla costera y abastecen el huerto escolar.',
    author: 'Mariana Cruz', categories: ['América Latina', 'Medio ambiente'], tags: ['Chile', 'Agua', 'Desierto'],
    caption: 'Grandes mallas atrapanieblas en una colina sobre la escuela, al amanecer.',
    body: [
      `En una colina cerca de la costa del desierto de Atacama, en el norte de Chile, doce grandes mallas de plástico recogen cada mañana la humedad de la niebla que llega del Pacífico.`,
      `El agua baja por una tubería hasta una escuela rural de 80 alumnos, que la usa para regar un huerto y un pequeño invernadero. En los días buenos, las mallas recogen hasta 600 litros.`,
      `Los alumnos se encargan del mantenimiento y anotan cada día los litros recogidos. «Aprendemos matemáticas con el agua», dice una niña de doce años.`,
      `La técnica, conocida desde hace décadas en la región, vuelve a despertar interés por la sequía que afecta a buena parte del país.`,
    ],
  },
  {
    slug: 'es-spain-village-school', section: 'politics', feed: 'regions', h: 48,
    title: 'Un pueblo de Teruel reabre su escuela gracias a la llegada de cinco familias',
    standfirst: 'La escuela llevaba once años cerrada. El ayuntamiento ofreció viviendas a bajo precio a familias con niños.',
    author: 'Lucía Ferrer', categories: ['Europa', 'Política'], tags: ['España', 'Despoblación', 'Educación'],
    caption: 'La maestra recibe a los alumnos en la puerta de la escuela reabierta.',
    body: [
      `Un pequeño pueblo de la provincia de Teruel, en España, reabrió en septiembre su escuela, cerrada desde hacía once años, gracias a la llegada de cinco familias con niños.`,
      `El ayuntamiento rehabilitó varias casas vacías y las ofreció en alquiler a bajo precio a familias dispuestas a empadronarse. Llegaron desde Valencia, Zaragoza y Madrid, y algunos de los padres teletrabajan.`,
      `La escuela tiene ahora nueve alumnos de entre tres y once años y una sola maestra. «Los niños de distintas edades aprenden unos de otros», explica.`,
      `El alcalde reconoce que el reto ahora es que las familias se queden. Por eso el pueblo ha pedido a la diputación que mejore la conexión a internet.`,
    ],
  },
];
