/** Spanish: `import 'news-timeline/parser/es'` (or `await loadLanguage('es')`) makes `lang: 'es'` readable. */
import { casual } from 'chrono-node/es';
import { registerVocabulary } from './vocabulary/vocabulary-locale.js';

registerVocabulary('es', {
  chrono: casual,
  months: ['enero|ene\\.?', 'febrero|feb\\.?', 'marzo|mar\\.?', 'abril|abr\\.?', 'mayo|may\\.?', 'junio|jun\\.?', 'julio|jul\\.?', 'agosto|ago\\.?', 'septiembre|setiembre|sept?\\.?', 'octubre|oct\\.?', 'noviembre|nov\\.?', 'diciembre|dic\\.?'],
  seasons: ['primavera', 'verano', 'oto[ñn]o', 'invierno'],
  habitualSeason: 'en',
  weekdays: ['domingo', 'lunes', 'martes', 'mi[ée]rcoles', 'jueves', 'viernes', 's[áa]bado'],
  weekend: 'fin de semana',
  weekdayParts: "por la (?:mañana|tarde|noche)|a mediodía|de madrugada",
  // Not "mañana" alone (tomorrow), "pasado mañana", "más tarde" (later), "Nochebuena" or "medianoche".
  partsBefore: '(?:la|esta) (?:ma[ñn]ana|tarde|noche|madrugada) del?|(?:la )?medianoche del?|(?:el )?mediod[íi]a del?|(?:d?el )?d[íi]a',
  parts: ['(?:la|esta) ma[ñn]ana|madrugada', '(?<!m[áa]s )tarde', '(?!)', '(?<!^|media)noche'],
  units: { day: 'd[íi]as?', week: 'semanas?', month: 'mes(?:es)?', quarter: 'trimestres?', year: 'a[ñn]os?' },
  days: 'hoy|ayer|anoche|ma[ñn]ana',
  lastNight: 'anoche',
  twoDays: ['anteayer|antes de ayer', 'pasado ma[ñn]ana'],
  todayParts: 'esta (?:noche|ma[ñn]ana|tarde|madrugada)',
  previous: 'pasad[oa]s?|anterior|[úu]ltim[oa]',
  next: 'pr[óo]xim[oa]s?|que viene|entrante',
  prior: 'anterior',
  edges: 'finales|fin|final|principios|comienzos|inicio|mediados',
  following: 'siguiente',
  that: 'es[ea]|aquel|aquella|el mismo|la misma|ese mismo|esa misma',
  // "los lunes" is every Monday; "el lunes" one of them.
  every: 'cada|todos los|todas las|los',
  ahead: "para",
  since: 'desde',
  bounds: "hasta|a partir de|a partir del",
  current: 'est[ea]',
  ongoing: 'en curso',
  determiners: 'el|la|del|al|en el|en la|desde|a',
  agoBefore: 'hace',
  later: 'después|más tarde|luego',
  earlier: 'antes de eso|antes|atrás',
  pointAfter: "de|del|que",
  plurals: 'd[íi]as|semanas|meses|a[ñn]os',
  numbers: { un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30, cien: 100 },
  quarterOrdinals: ['primer|primero', 'segundo', 'tercer|tercero', 'cuarto'],
  and: 'y|e',
  ofYear: 'de|del',
  // Preterite and imperfect endings, the perfect's "ha/han/había" and participles; -ía also ends nouns
  // ("día", "economía"): only the imperfects news uses most.
  past: '\\p{L}+(?:ó|aron|ieron|ió|aba|aban)|hab[íi]an?|ten[íi]an?|dec[íi]an?|fue|fueron|estuvo|hubo|dijo|dijeron|hizo|hicieron|tuvo|tuvieron|h(?:a|an|abía|abían|emos)\\s+\\p{L}+(?:ado|ido|to|cho)',
  participle: '(?:ad|id)[oa]s?',
  future: '\\p{L}+(?:rá|rán|remos|ré|rás)|va a|van a|vamos a|prev[ée]|previsto|prevista|podr[íi]a|podr[íi]an|a pagar|pagadero|pospon\\p{L}*|pospus\\p{L}*|pospuest[oa]s?|aplaz\\p{L}*',
  samePeriod: 'mism[oa]\\s+(?:per[íi]odo|trimestre)|(?:per[íi]odo|trimestre)\\s+(?:correspondiente|equivalente)',
  streets: 'calle|avenida|plaza|paseo',
  countNouns: 'millones|mill[óo]n|mil|personas|euros|pesetas|d[óo]lares|empleados|trabajadores|toneladas|kil[óo]metros|metros|habitantes|votos|casos|muertos|heridos|puestos|viviendas|plazas',
  holidays: { navidad: [12, 25], nochebuena: [12, 24], nochevieja: [12, 31], 'a[ñn]o nuevo': [1, 1], 'd[íi]a de reyes': [1, 6] },
  holidayBefore: 'por',
  // Counted from Easter. Not "Pascua" alone, which also names Christmas ("felices pascuas").
  movableFeasts: { 'domingo de (?:pascua|resurrecci[óo]n)|pascua de resurrecci[óo]n': 0, 'lunes de pascua': 1, 'viernes santo': -2, 'jueves santo': -3, 'mi[ée]rcoles de ceniza': -46, 'pentecost[ée]s': 49, 'corpus christi': 60 },
  now: 'ahora|actualmente|ahora mismo',
  nowadays: 'hoy en d[íi]a|hoy por hoy',
  // "por la mañana" is the morning; "desde hace quince años", a span of fifteen years; the second "hoy"
  // of "hoy por hoy" the present age, as the first is (nowadays).
  falseFriends: '(?:la|por la|de la|cada|una|toda la|media)\\s+ma[ñn]ana|desde\\s+hace\\s+[\\p{L}\\d]+\\s+\\p{L}+|hoy\\s+por\\s+hoy',
  byline: 'Por',
  stamp: 'publicado|actualizado|fecha de publicaci[óo]n',
  rights: 'todos los derechos reservados|queda prohibida (?:la|su) reproducci[óo]n',
  clauses: {
    and: 'y|e|pero|sino que',
    which: 'que|quien|quienes|el cual|la cual|los cuales|las cuales|donde',
    while: 'mientras|mientras que|cuando|aunque|porque|ya que|pues|después de que|antes de que',
    per: 'según',
    articles: 'el la los las un una unos unas',
  },
  functionWords: 'el la los las un una unos unas y o pero de del al a en con por para sin sobre entre desde hasta que se su sus es son fue fueron ha han había ser este esta estos estas ese esa lo le les no más muy ya según dijo dice afirmó informó fuentes también como',
  then: "entonces|en aquel momento|en aquella época|por aquel entonces",
  mention: { setting: 'en|el|durante', opening: 'el|en|ya en|luego|despu[ée]s', when: 'cuando' },
});
