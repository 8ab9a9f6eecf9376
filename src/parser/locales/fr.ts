/** French: `import 'news-timeline/parser/fr'` (or `await loadLanguage('fr')`) makes `lang: 'fr'` readable. */
import { casual } from 'chrono-node/fr';
import { registerVocabulary } from './vocabulary/vocabulary-locale.js';

registerVocabulary('fr', {
  chrono: casual,
  months: ['janvier|janv\\.?', 'f[ée]vrier|f[ée]vr?\\.?', 'mars', 'avril|avr\\.?', 'mai', 'juin', 'juillet|juil\\.?', 'ao[ûu]t', 'septembre|sept\\.?', 'octobre|oct\\.?', 'novembre|nov\\.?', 'd[ée]cembre|d[ée]c\\.?'],
  seasons: ['printemps', '[ée]t[ée]', 'automne', 'hiver'],
  habitualSeason: 'en',
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  units: { day: 'jours?', week: 'semaines?', month: 'mois', quarter: 'trimestres?', year: 'ann[ée]es?|ans?' },
  days: "aujourd'hui|aujourd\u2019hui|hier|avant-hier|demain|apr[èe]s-demain",
  todayParts: 'ce (?:soir|matin|midi)|cet apr[èe]s-midi|cette (?:apr[èe]s-midi|nuit|soir[ée]e|matin[ée]e)',
  previous: 'derni[eè]re?s?|pass[ée]e?s?|pr[ée]c[ée]dente?s?',
  next: 'prochaine?s?|[àa] venir',
  prior: 'pr[ée]c[ée]dente?s?',
  edges: 'fin|d[ée]but|milieu|courant',
  following: 'suivante?',
  that: 'le m[êe]me|la m[êe]me',
  // "uniquement le mercredi": on Wednesdays only.
  every: 'chaque|tous les|toutes les|(?:uniquement|seulement|sauf) le',
  ahead: "pour",
  bounds: "jusqu['\u2019](?:à|au)|à partir d[eu]|d[èe]s",
  current: 'cette|cet|ce',
  ongoing: 'en cours',
  determiners: "l['\u2019]|la|le|les|de la|du|au|de l['\u2019]",
  agoBefore: 'il y a',
  later: 'plus tard|apr[èe]s',
  earlier: 'plus t[ôo]t|auparavant|avant',
  plurals: 'jours|semaines|ann[ée]es|ans',
  few: 'quelques|plusieurs',
  numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30, cent: 100 },
  quarterOrdinals: ['premier', 'deuxi[èe]me|second', 'troisi[èe]me', 'quatri[èe]me|dernier'],
  and: 'et',
  ofYear: "de|du|de l['\u2019]ann[ée]e",
  // Passé composé (auxiliary and participle), passé simple and imparfait endings; not a bare -a or
  // -it, which end "la", "déjà", "nuit" and "produit" as often as "annonça" and "dit".
  past: "(?:a|ont|avait|avaient|est|sont|[ée]tait|[ée]taient|s['\u2019]est|se sont)\\s+(?:[ée]t[ée]\\s+)?\\p{L}+(?:[ée]e?s?|is?e?s?|us?e?s?|te?s?)|\\p{L}+(?:[èe]rent|irent|ait|aient)(?<!(?:rait|raient))|dit|fit|fut|furent|annonc[ée]|indiqu[ée]",
  participle: 'ée?s?|ie|ies|ue|ues',
  future: "\\p{L}+(?:ra|ront|rons|rez|rai|ras)|va|vont|devrait|devraient|pr[ée]vu|pr[ée]vue|pourrait|pourraient",
  samePeriod: 'm[êe]me\\s+(?:p[ée]riode|trimestre)|(?:p[ée]riode|trimestre)\\s+correspondante?',
  streets: 'rue|avenue|boulevard|place',
  countNouns: 'millions?|milliards?|personnes|euros|francs|dollars|salari[ée]s|employ[ée]s|emplois|tonnes|kilom[èe]tres|m[èe]tres|habitants|voix|cas|morts|bless[ée]s|places|logements',
  holidays: { 'no[ëe]l': [12, 25], 'r[ée]veillon de no[ëe]l': [12, 24], 'saint-sylvestre': [12, 31], "jour de l['\u2019]an|nouvel an": [1, 1], toussaint: [11, 1] },
  holidayBefore: 'à',
  // Counted from Easter. Not "l'île de Pâques", nor "ascension" alone, which climbs.
  movableFeasts: { "(?<![îi]le de )p[âa]ques": 0, 'lundi de p[âa]ques': 1, 'vendredi saint': -2, 'jeudi saint': -3, "jeudi de l['\u2019]ascension": 39, 'pentec[ôo]te': 49, 'lundi de pentec[ôo]te': 50, 'mardi gras': -47, 'mercredi des cendres': -46 },
  now: "maintenant|actuellement|aujourd'hui m[êe]me|en ce moment|d[ée]sormais",
  stamp: 'publi[ée]|mis [àa] jour|modifi[ée]',
  rights: 'tous droits r[ée]serv[ée]s|reproduction interdite',
  functionWords: 'le la les l un une des et ou mais de du d au aux à en dans avec par pour sans sur entre que qui se sa son ses est sont été a ont était ce cette ces il elle ils elles ne pas plus très déjà selon dit a-t-il indiqué a-t-elle aussi comme',
  mention: { setting: 'en|le|au cours de|pendant', opening: 'le|en|puis|d[èe]s|d[èe]s le', when: 'quand|lorsque|lorsqu' },
});
