/**
 * The words around the stories of each demo edition: section and menu titles, the page
 * furniture (bylines, cookie banner, newsletter, footer) and the feed titles, per language.
 */

const EN = {
  lang: 'en', dir: 'ltr', ogLocale: 'en_GB', feedLanguage: 'en-gb', site: 'Tidings Demo', slogan: 'News from a quieter world',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  by: 'By', source: 'Source', readMore: 'Read more', relatedNews: 'Related News', relatedStories: 'Related stories',
  readTime: (m) => `${m} Min Read`, shares: 'Shares', share: ['Share on X', 'Facebook', 'WhatsApp', 'Copy link', 'Listen'],
  ad: 'Advertisement', breaking: 'BREAKING', search: 'Search', live: '• LIVE', home: 'Home',
  cookie: ['We use cookies to improve your experience, measure traffic and show you relevant advertising. You can change your choices at any time.', 'Accept all', 'Manage preferences'],
  newsletter: ['Get the morning briefing', "The day's most important stories, in your inbox before breakfast. Free, and you can unsubscribe at any time.", 'Your email address', 'Sign up'],
  footer: ['About us', 'Contact', 'Privacy policy', 'Cookie settings', 'RSS feeds'],
  disclaimer: 'Everything on this site is fictional sample content written for the tidings demo edition. Any resemblance to real people or events is coincidental.',
  groups: { News: 'News', Articles: 'Articles', Videos: 'Videos', Regions: 'Regions' },
  sections: {
    politics: 'Politics', economy: 'Economy', sports: 'Sports', 'arts-culture': 'Arts & Culture', health: 'Health',
    miscellaneous: 'Miscellaneous', technology: 'Technology', environment: 'Environment',
    opinion: 'Opinion', analysis: 'Analysis', blog: 'Blog', features: 'Features',
    newsfeed: 'NewsFeed', 'video-features': 'Video Features', explainers: 'Explainers', tv: 'TV', 'digital-series': 'Digital Series',
    infographs: 'Infographs', 'in-pictures': 'In Pictures', live: 'LIVE',
  },
  regions: {
    africa: ['Africa'], asia: ['Asia'], europe: ['Europe'], 'latin-america': ['Latin America'],
    mena: ['MENA', 'Middle East'], 'us-canada': ['US & Canada'],
  },
  regionTitles: { africa: 'Africa', asia: 'Asia', europe: 'Europe', 'latin-america': 'Latin America', mena: 'MENA', 'us-canada': 'US & Canada' },
  feeds: {
    wire: ['Tidings Wire', 'Politics, economy, sport, culture, health and environment from the Tidings Demo newsroom. All stories are fictional sample content.'],
    articles: ['Tidings Demo — Articles', 'Opinion, analysis, features and videos. Fictional sample content.'],
    technology: ['Tidings Demo — Technology', 'Technology news from the Tidings Demo newsroom. Fictional sample content.'],
    regions: ['Tidings Demo — Regional desk', 'Stories from Africa, Asia, Europe, Latin America, the Middle East and North America. Fictional sample content.'],
    breaking: ['Tidings Demo — Breaking', 'Urgent headlines from the Tidings Demo newsroom. Fictional sample content.'],
  },
};

// Arabic counts take the dual for 2 and the plural only from 3 to 10.
function arabicReadTime(minutes) {
  if (minutes === 1) return 'دقيقة واحدة للقراءة';
  if (minutes === 2) return 'دقيقتان للقراءة';
  return minutes <= 10 ? `${minutes} دقائق للقراءة` : `${minutes} دقيقة للقراءة`;
}

const AR = {
  lang: 'ar', dir: 'rtl', ogLocale: 'ar_AR', feedLanguage: 'ar', site: 'تيدينغز التجريبية', slogan: 'أخبار من عالم أهدأ',
  months: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  by: 'بقلم', source: 'المصدر', readMore: 'اقرأ أيضاً', relatedNews: 'أخبار ذات صلة', relatedStories: 'قصص ذات صلة',
  readTime: arabicReadTime, shares: 'مشاركة', share: ['شارك على إكس', 'فيسبوك', 'واتساب', 'نسخ الرابط', 'استمع'],
  ad: 'إعلان', breaking: 'عاجل', search: 'بحث', live: '• مباشر', home: 'الرئيسية',
  cookie: ['نستخدم ملفات تعريف الارتباط لتحسين تجربتك وقياس عدد الزوار وعرض إعلانات تناسبك. يمكنك تغيير اختياراتك في أي وقت.', 'قبول الكل', 'إدارة التفضيلات'],
  newsletter: ['النشرة الصباحية', 'أهم أخبار اليوم في بريدك قبل الفطور. مجاناً، ويمكنك إلغاء الاشتراك متى شئت.', 'بريدك الإلكتروني', 'اشترك'],
  footer: ['من نحن', 'اتصل بنا', 'سياسة الخصوصية', 'إعدادات ملفات الارتباط', 'خلاصات RSS'],
  disclaimer: 'كل ما في هذا الموقع محتوى تجريبي متخيَّل كُتب لنسخة tidings التجريبية، وأي تشابه مع أشخاص أو أحداث حقيقية محض مصادفة.',
  groups: { News: 'أخبار', Articles: 'مقالات', Videos: 'فيديو', Regions: 'مناطق' },
  sections: {
    politics: 'سياسة', economy: 'اقتصاد', sports: 'رياضة', 'arts-culture': 'فنون وثقافة', health: 'صحة',
    miscellaneous: 'منوعات', technology: 'تكنولوجيا', environment: 'بيئة',
    opinion: 'رأي', analysis: 'تحليل', blog: 'مدونة', features: 'تحقيقات',
    newsfeed: 'موجز الأخبار', 'video-features': 'تقارير مصورة', explainers: 'شروحات', tv: 'برامج', 'digital-series': 'سلاسل رقمية',
    infographs: 'إنفوغراف', 'in-pictures': 'بالصور', live: 'مباشر',
  },
  regions: {
    africa: ['أفريقيا'], asia: ['آسيا'], europe: ['أوروبا'], 'latin-america': ['أمريكا اللاتينية'],
    mena: ['الشرق الأوسط وشمال أفريقيا', 'الشرق الأوسط'], 'us-canada': ['الولايات المتحدة وكندا'],
  },
  regionTitles: { africa: 'أفريقيا', asia: 'آسيا', europe: 'أوروبا', 'latin-america': 'أمريكا اللاتينية', mena: 'الشرق الأوسط وشمال أفريقيا', 'us-canada': 'الولايات المتحدة وكندا' },
  feeds: {
    wire: ['وكالة تيدينغز', 'السياسة والاقتصاد والرياضة والثقافة والصحة والبيئة من غرفة أخبار تيدينغز التجريبية. كل القصص متخيَّلة.'],
    articles: ['تيدينغز التجريبية — مقالات وفيديو', 'مقالات رأي وتحليلات وتحقيقات وفيديو. محتوى تجريبي متخيَّل.'],
    technology: ['تيدينغز التجريبية — تكنولوجيا وصور', 'أخبار التكنولوجيا والإنفوغراف والصور. محتوى تجريبي متخيَّل.'],
    regions: ['تيدينغز التجريبية — المكتب الإقليمي', 'قصص من العالم العربي وأفريقيا وأوروبا والأمريكيتين. محتوى تجريبي متخيَّل.'],
    breaking: ['تيدينغز التجريبية — عاجل', 'أخبار عاجلة من غرفة أخبار تيدينغز التجريبية. محتوى تجريبي متخيَّل.'],
  },
};

const ES = {
  lang: 'es', dir: 'ltr', ogLocale: 'es_ES', feedLanguage: 'es', site: 'Tidings Demo en español', slogan: 'Noticias de un mundo más tranquilo',
  months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
  by: 'Por', source: 'Fuente', readMore: 'Lea también', relatedNews: 'Noticias relacionadas', relatedStories: 'Historias relacionadas',
  readTime: (m) => `${m} min de lectura`, shares: 'veces compartido', share: ['Compartir en X', 'Facebook', 'WhatsApp', 'Copiar enlace', 'Escuchar'],
  ad: 'Publicidad', breaking: 'ÚLTIMA HORA', search: 'Buscar', live: '• EN VIVO', home: 'Portada',
  cookie: ['Usamos cookies para mejorar su experiencia, medir el tráfico y mostrarle publicidad relevante. Puede cambiar sus preferencias en cualquier momento.', 'Aceptar todas', 'Gestionar preferencias'],
  newsletter: ['El boletín de la mañana', 'Las noticias más importantes del día en su correo antes del desayuno. Gratis, y puede darse de baja cuando quiera.', 'Su correo electrónico', 'Suscribirse'],
  footer: ['Quiénes somos', 'Contacto', 'Política de privacidad', 'Configuración de cookies', 'Canales RSS'],
  disclaimer: 'Todo el contenido de este sitio es ficticio y fue escrito para la edición de demostración de tidings. Cualquier parecido con personas o hechos reales es pura coincidencia.',
  groups: { News: 'Noticias', Articles: 'Artículos', Videos: 'Videos', Regions: 'Regiones' },
  sections: {
    politics: 'Política', economy: 'Economía', sports: 'Deportes', 'arts-culture': 'Arte y Cultura', health: 'Salud',
    miscellaneous: 'Miscelánea', technology: 'Tecnología', environment: 'Medio ambiente',
    opinion: 'Opinión', analysis: 'Análisis', blog: 'Blog', features: 'Reportajes',
    newsfeed: 'Noticiero', 'video-features': 'Reportajes en video', explainers: 'Explicadores', tv: 'TV', 'digital-series': 'Series digitales',
    infographs: 'Infografías', 'in-pictures': 'En imágenes', live: 'EN VIVO',
  },
  regions: {
    africa: ['África'], asia: ['Asia'], europe: ['Europa'], 'latin-america': ['América Latina'],
    mena: ['Oriente Medio y Norte de África', 'Oriente Medio'], 'us-canada': ['EE. UU. y Canadá'],
  },
  regionTitles: { africa: 'África', asia: 'Asia', europe: 'Europa', 'latin-america': 'América Latina', mena: 'Oriente Medio y Norte de África', 'us-canada': 'EE. UU. y Canadá' },
  feeds: {
    wire: ['Agencia Tidings', 'Política, economía, deportes, cultura, salud y medio ambiente desde la redacción de Tidings Demo. Todas las noticias son ficticias.'],
    articles: ['Tidings Demo — Artículos y videos', 'Opinión, análisis, reportajes y videos. Contenido ficticio de demostración.'],
    technology: ['Tidings Demo — Tecnología e imágenes', 'Tecnología, infografías y galerías de fotos. Contenido ficticio de demostración.'],
    regions: ['Tidings Demo — Mesa regional', 'Noticias de América Latina, Europa, África y el mundo árabe. Contenido ficticio de demostración.'],
    breaking: ['Tidings Demo — Última hora', 'Titulares urgentes de la redacción de Tidings Demo. Contenido ficticio de demostración.'],
  },
};

/** Every demo locale by language. */
export const LOCALES = { en: EN, ar: AR, es: ES };
