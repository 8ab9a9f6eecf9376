/** Portuguese: `import 'news-timeline/parser/pt'` (or `await loadLanguage('pt')`) makes `lang: 'pt'` readable. */
import { casual } from 'chrono-node/pt';
import { registerVocabulary } from './vocabulary/vocabulary-locale.js';

// "marco" without its cedilla is a landmark or the German mark ("o dólar subiu face ao marco"), not March.
registerVocabulary('pt', {
  chrono: casual,
  months: ['janeiro|jan\\.?', 'fevereiro|fev\\.?', 'março|mar\\.?', 'abril|abr\\.?', 'maio|mai\\.?', 'junho|jun\\.?', 'julho|jul\\.?', 'agosto|ago\\.?', 'setembro|set\\.?', 'outubro|out\\.?', 'novembro|nov\\.?', 'dezembro|dez\\.?'],
  seasons: ['primavera', 'ver[ãa]o', 'outono', 'inverno'],
  habitualSeason: 'em',
  weekdays: ['domingo', 'segunda(?:-feira)?', 'ter[çc]a(?:-feira)?', 'quarta(?:-feira)?', 'quinta(?:-feira)?', 'sexta(?:-feira)?', 's[áa]bado'],
  weekdayOrdinals: 'segunda|ter[çc]a|quarta|quinta|sexta',
  weekdayParts: "(?:à|de|pela) (?:manhã|tarde|noite)|de madrugada",
  units: { day: 'dias?', week: 'semanas?', month: 'm[êe]s|meses', quarter: 'trimestres?', year: 'anos?' },
  days: 'hoje|ontem|anteontem|amanh[ãa]|depois de amanh[ãa]',
  todayParts: 'esta (?:noite|manh[ãa]|tarde|madrugada)',
  previous: 'passad[oa]s?|anterior|[úu]ltim[oa]',
  next: 'pr[óo]xim[oa]s?|que vem',
  prior: 'anterior',
  edges: 'final|fim|in[íi]cio|come[çc]o|meados|princ[íi]pio',
  following: 'seguinte',
  that: 'ess[ea]|aquel[ea]|naquel[ea]|nesse|nessa|o mesmo|a mesma|no mesmo|na mesma',
  every: 'cada|todos os|todas as',
  ahead: "para",
  bounds: "at[ée]|a partir de",
  current: 'est[ea]|dest[ea]|nest[ea]|corrente',
  ongoing: 'em curso',
  determiners: 'o|a|do|da|no|na|ao|à|desde',
  agoBefore: 'h[áa]|faz',
  later: 'depois|mais tarde',
  earlier: 'antes|atr[áa]s',
  plurals: 'dias|semanas|meses|anos',
  numbers: { um: 1, uma: 1, dois: 2, duas: 2, 'três': 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, quinze: 15, vinte: 20, trinta: 30, cem: 100 },
  quarterOrdinals: ['primeiro', 'segundo', 'terceiro', 'quarto'],
  and: 'e',
  ofYear: 'de|do',
  // Pretérito perfeito and imperfeito endings, and the compound perfect with "tinha/tem"; -eu and -ia
  // also end "seu", "museu", "dia" and "economia": those verbs are listed.
  past: '\\p{L}+(?:ou|aram|eram|[ií]ram|iu|ava|avam)|tinham?|haviam?|dizia|estavam?|era|deu|perdeu|vendeu|cresceu|desceu|morreu|nasceu|ocorreu|recebeu|escreveu|respondeu|venceu|bateu|prometeu|aconteceu|escolheu|apareceu|ofereceu|estabeleceu|sofreu|elegeu|foi|foram|disse|disseram|fez|fizeram|teve|tiveram|(?:tinha|tinham|havia|haviam|tem|têm)\\s+\\p{L}+(?:ado|ido|to|so)',
  participle: '(?:ad|id)[oa]s?',
  // Expectations look ahead too: "espera concluir", "prevê-se que termine".
  future: '\\p{L}+(?:rá|rão|remos|rei|rás)|vai|vão|deve|devem|dever[áa]|previsto|prevista|prev[êe]|preveem|prevêem|esperam?|poderia|poderiam',
  samePeriod: 'mesm[oa]\\s+(?:per[íi]odo|trimestre)(?:\\s+(?:hom[óo]logo|correspondente))?|(?:per[íi]odo|trimestre)\\s+(?:hom[óo]logo|correspondente)',
  streets: 'rua|avenida|pra[çc]a|largo',
  countNouns: 'milh[õo]es|milh[ãa]o|mil|pessoas|euros|escudos|reais|d[óo]lares|empregados|trabalhadores|toneladas|quil[óo]metros|metros|habitantes|votos|casos|mortos|feridos|postos|lugares|a[çc][õo]es',
  holidays: { natal: [12, 25], 'v[ée]spera de natal': [12, 24], 'ano novo': [1, 1], 'r[ée]veillon': [12, 31] },
  holidayBefore: 'pelo|pela',
  // Counted from Easter. Not "a Ilha de Páscoa".
  movableFeasts: { '(?<!ilha de )p[áa]scoa': 0, 'sexta-feira santa': -2, 'quinta-feira santa': -3, 'quarta-feira de cinzas': -46, 'pentecostes': 49, 'corpus christi': 60 },
  now: 'agora|atualmente|actualmente|neste momento',
  nowadays: 'hoje em dia',
  stamp: 'publicado|atualizado|actualizado',
  rights: 'todos os direitos reservados|reprodu[çc][ãa]o proibida',
  clauses: {
    and: 'e|mas|porém',
    which: 'que|quem|o qual|a qual|os quais|as quais|onde',
    while: 'enquanto|quando|porque|embora|pois|depois que|antes que',
    per: 'segundo|conforme',
    articles: 'o a os as um uma uns umas',
  },
  functionWords: 'o a os as um uma uns umas e ou mas de do da dos das ao à em no na nos nas com por para sem sobre entre que se seu sua é são foi foram tem têm era este esta esse essa não mais muito já segundo disse afirmou também como',
  then: "então|na altura|na época|à época|naquela época",
  mention: { setting: 'em|no|na|durante', opening: 'em|no|na|depois|j[áa] em', when: 'quando' },
});
