/** German: `import 'news-timeline/parser/de'` (or `await loadLanguage('de')`) makes `lang: 'de'` readable. */
import { casual } from 'chrono-node/de';
import { registerVocabulary } from './vocabulary/vocabulary-locale.js';

// Adjectives decline: "letzte Woche", "im letzten Jahr", "vergangenes Jahr", "nächsten Monat".
const ENDING = '(?:e|en|er|es|em)?';

registerVocabulary('de', {
  chrono: casual,
  months: ['januar|jan\\.?|jänner', 'februar|feb\\.?', 'm[äa]rz|mrz\\.?', 'april|apr\\.?', 'mai', 'juni|jun\\.?', 'juli|jul\\.?', 'august|aug\\.?', 'september|sept?\\.?', 'oktober|okt\\.?', 'november|nov\\.?', 'dezember|dez\\.?'],
  seasons: ['fr[üu]hling|fr[üu]hjahr', 'sommer', 'herbst', 'winter'],
  weekdays: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag|sonnabend'],
  dayParts: 'morgen|vormittag|mittag|nachmittag|abend|nacht',
  weekend: 'wochenende',
  // Not "morgen" alone (tomorrow), "übermorgen", "Heiligabend", "Weihnachten" or "Mitternacht".
  partsBefore: 'in der nacht(?: von)?',
  nightBefore: 'nacht zu[mr]',
  parts: ['(?<!^|über)morgen|vormittag', 'nachmittag', '(?<!heilig)abend', '(?<!weih|fast|mitter)nacht'],
  units: { day: 'tag(?:e|en|es)?', week: 'wochen?', month: 'monat(?:e|en|s)?', quarter: 'quartal(?:e|en|s)?', year: 'jahr(?:e|en|es)?' },
  days: 'heute|gestern|morgen',
  twoDays: ['vorgestern', 'übermorgen'],
  previous: `letzt${ENDING}|vergangen${ENDING}|vorig${ENDING}|vorherig${ENDING}`,
  next: `n[äa]chst${ENDING}|kommend${ENDING}`,
  prior: `vorherig${ENDING}|vorig${ENDING}`,
  edges: 'ende|anfang|mitte|beginn',
  that: `jen${ENDING}|demselben|derselben|am selben|am gleichen|an jenem|in jenem`,
  every: 'jeden|jede|jedes',
  ahead: "f[üu]r",
  since: 'seit',
  bounds: "bis|bis zum|ab",
  current: `dies${ENDING}|laufend${ENDING}|im laufenden|in diesem|in dieser`,
  determiners: 'der|die|das|den|dem|des|im jahre?|im|am|in der|vom|zum|seit dem|seit',
  agoBefore: 'vor',
  agoAfter: 'zur[üu]ck',
  later: 'sp[äa]ter|danach',
  earlier: 'zuvor|fr[üu]her|davor|vorher',
  plurals: 'tage|tagen|wochen|monate|monaten|jahre|jahren',
  numbers: { ein: 1, einem: 1, einer: 1, eins: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, 'zwölf': 12, 'fünfzehn': 15, zwanzig: 20, 'dreißig': 30, hundert: 100 },
  quarterOrdinals: [`erst${ENDING}`, `zweit${ENDING}`, `dritt${ENDING}`, `viert${ENDING}`],
  and: 'und',
  ofYear: 'des jahres|des|von',
  // Perfekt auxiliaries, participles in ge-...-t/-en (with a separable prefix: "angekündigt",
  // "festgelegt"), and Präteritum forms news uses most.
  // Matched as written (verbsCased): a lower-case word in -te(n) is a weak verb's Präteritum, unless an
  // article makes it an adjective ("die geplante Reform", "am letzten Tag"); "geht" and "gegen" are too
  // short for a participle. A word in -ten before a modal is an infinitive ("neue Programme starten will").
  past: '(?<!(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e[mnrs]?)?|[AaIi]m|[VvZz]um|[Bb]eim)\\s)(?:\\p{Ll}+ten?(?!\\s+(?:will|wollen|soll|sollen|muss|müssen|kann|können|wird|werden))|(?:an|auf|aus|ab|bei|ein|fest|mit|nach|vor|zu|zur[üu]ck)?ge\\p{Ll}{3,}(?:t|en))|hat|haben|hatte|hatten|war|waren|wurde|wurden|kam|kamen|gab|gaben|fand|fanden|stieg|stiegen|fiel|fielen|schloss|schlossen|ging|gingen|stand|standen|lag|lagen|hielt|hielten|sprach|sprachen|nahm|nahmen|traf|trafen|blieb|blieben|zog|zogen|trat|traten|rief|riefen|verlor|verloren|gewann|gewannen|unterschrieb|unterschrieben|begann|begannen|schrieb|schrieben',
  // Schedules are told in the present: "Am Samstag steht das Spiel an", "findet ... statt"; an intent
  // in "zu" and the infinitive looks ahead ("kündigte an, im März vor Gericht zu ziehen").
  future: 'zu \\p{Ll}+en|wird|werden|soll|sollen|will|wollen|plant|geplant|erwartet|erwarten|rechnet|rechnen|angesetzt|steht|stehen|findet|finden|beginnt|beginnen|voraussichtlich|k[öo]nnte|k[öo]nnten',
  verbsCased: true,
  samePeriod: '(?:gleichen|selben)\\s+(?:zeitraum|quartal)',
  countNouns: 'millionen|milliarden|menschen|personen|euro|mark|dollar|mitarbeiter|besch[äa]ftigte|arbeitspl[äa]tze|tonnen|kilometer|meter|einwohner|stimmen|f[äa]lle|tote|verletzte|pl[äa]tze|wohnungen',
  holidays: { weihnachten: [12, 25], 'heiligabend|heiligen abend': [12, 24], silvester: [12, 31], neujahr: [1, 1], 'tag der deutschen einheit': [10, 3] },
  holidayBefore: 'an|zu',
  // Counted from Easter.
  movableFeasts: { 'ostern|ostersonntag': 0, 'ostermontag': 1, 'karfreitag': -2, 'gr[üu]ndonnerstag': -3, 'rosenmontag': -48, 'aschermittwoch': -46, 'christi himmelfahrt': 39, 'pfingsten|pfingstsonntag': 49, 'pfingstmontag': 50, 'fronleichnam': 60 },
  now: 'jetzt|derzeit|zurzeit|gegenwärtig|aktuell|nun',
  byline: 'Von',
  stamp: 'veröffentlicht|aktualisiert|stand',
  rights: 'alle rechte vorbehalten',
  // A relative clause puts its verb last: it has no title of its own ("das ab dem 1. Januar gelten soll").
  clauses: {
    and: 'und|aber|doch|sondern',
    while: 'während|weil|als|obwohl|nachdem|bevor|wenn|da|sodass|damit',
    per: 'laut|so',
    articles: 'der die das den dem des ein eine einen einem einer',
    verbLast: true,
    verbSecond: true,
    pronouns: 'der|die|das|den|dem',
  },
  functionWords: 'der die das den dem des ein eine einen einem einer und oder aber von vom zu zum zur im in am an auf mit für bei nach aus über unter dass sich sein seine ist sind war waren hat haben wurde wurden dies diese dieser nicht mehr sehr schon laut sagte teilte mit auch wie',
  then: "damals|seinerzeit|zu dieser Zeit|zu jener Zeit",
  mention: { setting: 'im|in|am|während|schon|bereits', opening: 'am|im|dann|schon im|bereits im', when: 'als' },
  yearVerbs: 'wurde|wurden|war|waren|ist|sind|hat|hatte|haben|hatten',
});
