/** Italian: `import 'news-timeline/parser/it'` (or `await loadLanguage('it')`) makes `lang: 'it'` readable. */
import { casual } from 'chrono-node/it';
import { registerVocabulary } from './vocabulary/vocabulary-locale.js';

// Italian copy set without accented capitals writes "venerdi'" for "venerdì", and tokenized text "l' anno".
registerVocabulary('it', {
  chrono: casual,
  months: ['gennaio|genn?\\.?', 'febbraio|febb?\\.?', 'marzo|mar\\.?', 'aprile|apr\\.?', 'maggio|magg?\\.?', 'giugno|giu\\.?', 'luglio|lug\\.?', 'agosto|ago\\.?', 'settembre|sett?\\.?', 'ottobre|ott\\.?', 'novembre|nov\\.?', 'dicembre|dic\\.?'],
  seasons: ['primavera', 'estate', 'autunno', 'inverno'],
  habitualSeason: 'in',
  weekdays: ['domenica', "luned[iì]'?", "marted[iì]'?", "mercoled[iì]'?", "gioved[iì]'?", "venerd[iì]'?", 'sabato'],
  weekend: 'fine settimana|week-?end',
  weekdayParts: "sera|mattin[ao]|pomeriggio|notte|in (?:serata|mattinata)",
  partsBefore: '(?:la|nella|in) (?:tarda )?(?:notte|sera|mattina)(?:ta)? di|(?:la|nella) notte (?:tra|fra)|mezzanotte di|mezzogiorno di|(?:[dn]?el |il )?giorno',
  // "stamane", "stamani", "stasera", "stanotte" hold theirs.
  parts: ['mattin|stama', 'pomeriggio', 'sera', '(?<!mezza)notte'],
  units: { day: 'giorn[oi]', week: 'settiman[ae]', month: 'mes[ei]', quarter: 'trimestr[ei]', year: 'ann[oi]' },
  days: 'oggi|ieri|domani',
  twoDays: ["(?:l['\u2019])?altro ?ieri", 'dopodomani'],
  todayParts: 'stamattina|stamani|stamane|stasera|stanotte|questa (?:mattina|sera|notte)|questo pomeriggio',
  previous: 'scors[oa]|passat[oa]|precedente|ultim[oa]',
  next: 'prossim[oa]|venturo|ventura',
  prior: 'precedente',
  edges: 'fine|inizio|principio|met[àa]|termine',
  following: 'seguente|successiva',
  that: "quel|quell['\u2019]|quella|lo stesso|la stessa|quello stesso|quella stessa|nello stesso|nella stessa",
  shortYearBefore: "(?:nell|dell|dall|all|sull|l)(?=['\u2019])|il|del|nel|dal|al|sul",
  // Accounts name their year after the noun and its adjective: "il fatturato globale 93", "bilancio consolidato 92".
  shortYearNouns: "(?:bilanci[o]?|esercizio|consuntivo|preconsuntivo|fatturato|produzione|campagna|stagione)(?:\\s+(?:globale|consolidato|complessivo|finanziario|annuale|netto|lordo))?",
  every: 'ogni|tutti i|tutte le',
  ahead: "per|entro",
  bounds: "fino a|fino al|a partire da|a partire dal",
  // "entro l'anno", "entro il mese": by the end of the current one.
  current: "quest['\u2019]|questo|questa|entro (?:l['\u2019]|il|la)",
  ongoing: 'in corso',
  determiners: "l['\u2019]|lo|la|il|dello|della|dell['\u2019]|nello|nella|nell['\u2019]|allo|alla|all['\u2019]|del|nel|al|dal|dalla|dall['\u2019]|da",
  agoAfter: 'fa|or sono',
  later: 'dopo|pi[ùu] tardi',
  earlier: 'prima',
  pointAfter: "il|lo|la|l['\u2019]|i|gli|le|un|una|uno|che|di|del|della|dello|dei|degli|delle",
  plurals: 'giorni|settimane|mesi|anni',
  few: 'qualche|alcuni|alcune|pochi|poche|diversi|diverse',
  numbers: { un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, quindici: 15, venti: 20, trenta: 30, cento: 100 },
  quarterOrdinals: ['primo', 'secondo', 'terzo', 'quarto|ultimo'],
  and: 'e|ed',
  ofYear: "del|dell['\u2019]anno",
  // Passato prossimo (auxiliary and participle, the irregular ones by their stems: "è morta", "è stata
  // chiusa"), passato remoto and imperfetto endings; not -ì, which
  // ends the weekdays, "più" and "così". Copy without accents writes "annuncio'", "sara'" (not "un po'").
  past: "(?:ha|hanno|aveva|avevano|è|e'|sono|era|erano|si è|si sono)\\s+(?:stat[oaie]\\s+)?(?:\\p{L}+(?:at[oaie]|it[oaie]|ut[oaie]|sto|tto|so)|(?:mort|apert|copert|offert|soffert|scopert)[oaie]|(?:chius|pres|uccis|success|mess|esplos)[aie]|(?:fatt|dett|scritt|rott)[aie])|(?!(?:per|ci|pu|perci)(?:ò|o')(?!\\p{L}))\\p{L}{2,}(?:ò|o')|\\p{L}+(?:arono|erono|irono|eva|evano|ava|avano)|fu|furono|disse|dissero",
  participle: '(?:at|it|ut)[oaie]',
  future: "\\p{L}+(?:rà|ra'|ranno|remo|rete|rò)|dovrebbe|dovrebbero|previsto|prevista|potrebbe|potrebbero",
  samePeriod: '(?:stess[oa]|corrispondente)\\s+(?:periodo|trimestre)|(?:periodo|trimestre)\\s+corrispondente',
  streets: 'via|viale|piazza|piazzale|corso|largo',
  countNouns: 'miliard[oi]|milion[ei]|mila|addetti|dipendenti|lavoratori|persone|euro|lire|dollari|tonnellate|chilometri|metri|abitanti|voti|casi|morti|feriti|posti|alloggi|azioni',
  holidays: { natale: [12, 25], 'vigilia di natale': [12, 24], capodanno: [1, 1], ferragosto: [8, 15], epifania: [1, 6] },
  // Counted from Easter. Not "l'isola di Pasqua".
  movableFeasts: { '(?<!isola di )pasqua': 0, "pasquetta|luned[iì]['\u2019]? dell['\u2019]angelo": 1, "venerd[iì]['\u2019]? santo": -2, "gioved[iì]['\u2019]? santo": -3, "mercoled[iì]['\u2019]? delle ceneri": -46, "marted[iì]['\u2019]? grasso": -47, 'pentecoste': 49 },
  now: 'ora|adesso|attualmente|oggi stesso|al momento',
  // "un domani" is some day, not tomorrow; "al giorno d'oggi" the present age.
  falseFriends: "un\\s+domani|giorno\\s+d['\u2019]\\s*oggi",
  byline: 'Di',
  stamp: 'pubblicato|aggiornato|ultimo aggiornamento',
  rights: 'tutti i diritti riservati|riproduzione riservata',
  clauses: {
    and: 'e|ed|ma|però',
    which: 'che|il quale|la quale|i quali|le quali|cui|dove',
    while: 'mentre|quando|perché|poiché|anche se|sebbene|dopo che|prima che',
    per: 'secondo',
    articles: 'il lo la i gli le l un uno una',
  },
  functionWords: 'il lo la i gli le l un uno una e o ma di del della dei delle al alla a in nel nella con per su tra fra che si suo sua è sono stato stata ha hanno era questo questa non più molto già secondo detto ha detto anche come',
  // "presentato a marzo": the title loses "a marzo" whole.
  then: "allora|all['\u2019]epoca|a quel tempo|in quel periodo",
  mention: { setting: 'nel|nell|il|in|a|ad|durante', opening: 'il|nel|poi|già nel', when: 'quando' },
});
