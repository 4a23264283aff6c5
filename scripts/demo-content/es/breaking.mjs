/** Spanish demo texts: the breaking strip (RSS 2.0). Short live pages, each linking to a full story. All fictional. */

/** Breaking items; `h` is hours before 09:00 UTC on 25 November 2026. */
export const ES_BREAKING = [
  {
    slug: 'es-airport-fog', section: 'live', feed: 'breaking', h: 0.25,
    title: 'Última hora: suspendidas las salidas del aeropuerto de Velmora por la niebla',
    standfirst: 'Los vuelos que llegan se desvían a Saltholm y Lindhavn.',
    author: 'Mesa de última hora', categories: ['Última hora'], tags: ['En vivo', 'Tiempo', 'Viajes'],
    caption: 'Aviones en la pista del aeropuerto de Velmora, envueltos en niebla.',
    body: [
      `El aeropuerto de Velmora ha suspendido todas las salidas desde las 8.40 por una niebla muy densa. Los vuelos que llegan se están desviando a Saltholm y Lindhavn.`,
      `La visibilidad en la pista ha bajado de 150 metros. El instituto meteorológico prevé que la niebla se disipe hacia mediodía.`,
      `Se recomienda a los pasajeros consultar el estado de su vuelo antes de ir al aeropuerto. Noticia en desarrollo.`,
      { readMore: 'es-video-newsfeed-morning' },
    ],
  },
  {
    slug: 'es-pension-deal-signed', section: 'live', feed: 'breaking', h: 3.1,
    title: 'Última hora: Gobierno y oposición firman el pacto de pensiones',
    standfirst: 'La firma se ha producido en el Ministerio de Trabajo tras una última reunión de cuatro horas.',
    author: 'Mesa de última hora', categories: ['Última hora', 'Política'], tags: ['En vivo', 'Pensiones'],
    caption: 'Firma del acuerdo en el Ministerio de Trabajo.',
    body: [
      `El Gobierno y el principal partido de la oposición acaban de firmar el acuerdo de reforma de las pensiones, tras una última reunión de cuatro horas en el Ministerio de Trabajo.`,
      `La ministra Marta Lindqvist ha comparecido brevemente ante la prensa sin aceptar preguntas. Los sindicatos darán su valoración esta tarde.`,
      `La Asamblea Nacional debatirá el texto en enero. Ampliaremos la información.`,
      { readMore: 'es-pension-reform-deal' },
    ],
  },
  {
    slug: 'es-storm-ferries', section: 'live', feed: 'breaking', h: 6.5,
    title: 'Última hora: cancelados los ferris a las islas por un temporal de viento',
    standfirst: 'El aviso naranja prevé rachas de hasta 110 km/h en la costa oeste entre las seis de la tarde y la medianoche.',
    author: 'Mesa de última hora', categories: ['Última hora'], tags: ['En vivo', 'Tiempo', 'Islas'],
    caption: 'Olas rompen contra el espigón del puerto de Lindhavn.',
    body: [
      `La naviera estatal ha cancelado todos los ferris de la tarde a las islas de la costa oeste, incluida Skarv, por el temporal de viento previsto para esta noche.`,
      `El instituto meteorológico mantiene el aviso naranja, con rachas de hasta 110 kilómetros por hora entre las seis de la tarde y la medianoche.`,
      `Las autoridades piden asegurar los objetos sueltos en balcones y jardines y evitar los paseos marítimos. Noticia en desarrollo.`,
      { readMore: 'es-feature-island-doctor' },
    ],
  },
  {
    slug: 'es-holm-wins', section: 'live', feed: 'breaking', h: 13.2,
    title: 'Última hora: Sigrid Holm gana en Lillehammer su primera Copa del Mundo',
    standfirst: 'La saltadora de 19 años es la primera deportista del país que gana una prueba de salto de esquí.',
    author: 'Mesa de última hora', categories: ['Última hora', 'Deportes'], tags: ['En vivo', 'Esquí'],
    caption: 'Sigrid Holm en el aire durante su segundo salto.',
    body: [
      `Sigrid Holm acaba de ganar la prueba de la Copa del Mundo de salto de esquí en Lillehammer con un segundo salto de 138 metros.`,
      `Es la primera vez que una deportista de Estmark gana una prueba de la Copa del Mundo en esta disciplina.`,
      `Holm, de 19 años, sube al tercer puesto de la clasificación general. Ampliaremos la información.`,
      { readMore: 'es-ski-jump-gold' },
    ],
  },
];
