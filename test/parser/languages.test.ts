/**
 * The grammars of other languages (src/parser/locales/): every labelled date of the articles of
 * test/fixtures/language-articles.ts is found with its value and nothing else is; the language option's
 * contract; the page furniture each language has.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/parser/index.js';
import { loadLanguage } from '../../src/parser/load-language.js';
import { LANGUAGE_CASES, type LanguageCase } from '../fixtures/language-articles.js';
import { labelledReading } from './labelled-reading.js';

beforeAll(async () => {
  for (const lang of ['es', 'fr', 'it', 'pt', 'de']) await loadLanguage(lang);
});

const readingOf = (testCase: LanguageCase) => labelledReading(testCase, extractEvents(testCase.text, { published: testCase.published, lang: testCase.lang }));

describe.each(['es', 'fr', 'it', 'pt', 'de'] as const)('articles in %s', (lang) => {
  it.each(LANGUAGE_CASES.filter((testCase) => testCase.lang === lang).map((testCase) => [testCase.name, testCase] as const))('%s', (_, testCase) => {
    const { labelled, unlabelled } = readingOf(testCase);
    expect(labelled.map(({ got }) => got), `${testCase.text} (published ${testCase.published})`).toEqual(labelled.map(({ want }) => want));
    expect(unlabelled, 'dates no reader would place').toEqual([]);
  });
});

describe('the lang option', () => {
  const published = '2026-03-12';

  it('reads a regional tag by its language', () => {
    const [event] = extractEvents('El Congreso aprobó la ley el martes.', { published, lang: 'es-MX' });
    expect(event?.date).toBe('2026-03-10');
    expect(extractEvents('Le Conseil a voté mardi.', { published, lang: 'fr_CA' })[0]?.date).toBe('2026-03-10');
  });

  it('reads English by default, and English words only in English', () => {
    expect(extractEvents('The council voted on Tuesday.', { published }).map((event) => event.date)).toEqual(['2026-03-10']);
    // "martes" means nothing to the English grammar.
    expect(extractEvents('El Congreso aprobó la ley el martes.', { published })).toEqual([]);
  });

  it('refuses a language it has no grammar for, naming those it has', () => {
    expect(() => extractEvents('月曜日に', { published, lang: 'ja' })).toThrow(RangeError);
    expect(() => extractEvents('x', { published, lang: 'ja' })).toThrow(/en; es, fr, it, pt, de/);
    expect(() => extractEvents('x', { published, lang: 42 as never })).toThrow(RangeError);
    return expect(loadLanguage('ja')).rejects.toThrow(/supported: en, es, fr, it, pt, de/);
  });

  it('gives an event the title of its sentence without the date phrase', () => {
    const [event] = extractEvents('El Congreso aprobó el martes la reforma de la ley de vivienda.', { published, lang: 'es' });
    expect(event?.expression.text).toBe('el martes');
    expect(event?.title).toBe('El Congreso aprobó la reforma de la ley de vivienda.');
  });

  it('opens a date phrase at its limit: before "ab dem 1. Januar", "das" is the relative pronoun', () => {
    const events = extractEvents('Der Bundestag hat das Gesetz beschlossen, das ab dem 1. Januar gelten soll.', { published, lang: 'de' });
    expect(events.map((event) => [event.expression.text, event.title])).toEqual([['ab dem 1. Januar', 'Der Bundestag hat das Gesetz beschlossen, das gelten soll.']]);
  });
});

describe("titles from the date's clause", () => {
  const titles = (text: string, lang: string) => extractEvents(text, { published: '2026-11-26', lang }).map((event) => [event.expression.text, event.title]);

  it('gives each event of a sentence the clause that states it: the main one, a relative one with its noun, a coordinate one', () => {
    expect(titles('Le gouvernement a adopté mardi le budget, qui entrera en vigueur le 1er janvier, et la ministre a déclaré mercredi que la réforme sera votée.', 'fr')).toEqual([
      ['mardi', 'Le gouvernement a adopté le budget'],
      ['le 1er janvier', 'Le budget entrera en vigueur'],
      ['mercredi', 'La ministre a déclaré que la réforme sera votée.'],
    ]);
    expect(titles("Il Senato ha approvato martedì la legge di bilancio, che entrerà in vigore il 1° gennaio, mentre l'opposizione ha annunciato un ricorso.", 'it')).toEqual([
      ['martedì', 'Il Senato ha approvato la legge di bilancio'],
      ['il 1° gennaio', 'La legge di bilancio entrerà in vigore'],
    ]);
    expect(titles('O governo aprovou na terça-feira o orçamento, que entra em vigor em 1 de janeiro, e a oposição prometeu recorrer.', 'pt')).toEqual([
      ['na terça-feira', 'O governo aprovou o orçamento'],
      ['em 1 de janeiro', 'O orçamento entra em vigor'],
    ]);
  });

  it('keeps an aside that closes before the date, and a relative pronoun before its own subject', () => {
    expect(titles('El Gobierno, que preside Sánchez, aprobó el martes el presupuesto.', 'es')).toEqual([['el martes', 'El Gobierno, que preside Sánchez, aprobó el presupuesto.']]);
    expect(titles('La ley, que el Senado aprobó el martes, entrará en vigor en enero.', 'es')).toEqual([
      ['el martes', 'La ley que el Senado aprobó'],
      ['en enero', 'La ley, que el Senado aprobó el martes, entrará en vigor.'],
    ]);
  });

  it("tells what a report says, not the report, and a German subordinate clause with its conjunction, its verb being last", () => {
    expect(titles('El paro bajó en octubre, según un informe publicado el viernes.', 'es')).toEqual([
      ['en octubre', 'El paro bajó'],
      ['el viernes', 'El paro bajó en octubre'],
    ]);
    expect(titles('Die Opposition kündigte an, im Februar zu klagen, während die Regierung bereits im März neue Programme starten will.', 'de')).toEqual([
      ['im Februar', 'Die Opposition kündigte an, zu klagen'],
      ['bereits im März', 'Während die Regierung neue Programme starten will.'],
    ]);
  });

  it('takes a weekday\'s part of the day and a "since" into the expression, not the title', () => {
    const read = (text: string, lang: string) => extractEvents(text, { published: '2026-11-26', lang }).map((event) => [event.expression.text, event.date, event.title]);
    expect(read('Le conseil a adopté lundi soir le budget, et la dette a augmenté depuis 2020.', 'fr')).toEqual([
      ['lundi soir', '2026-11-23', 'Le conseil a adopté le budget'],
      ['depuis 2020', '2020', 'La dette a augmenté.'],
    ]);
    expect(read('El Consejo aprobó el lunes por la noche el plan.', 'es')).toEqual([['el lunes por la noche', '2026-11-23', 'El Consejo aprobó el plan.']]);
    expect(read('Il Consiglio ha approvato lunedì sera la legge. È in vigore dal 2020.', 'it')).toEqual([
      ['lunedì sera', '2026-11-23', 'Il Consiglio ha approvato la legge.'],
      ['dal 2020', '2020', 'È in vigore.'],
    ]);
    expect(read('O governo aprovou na segunda-feira à noite o plano.', 'pt')).toEqual([['na segunda-feira à noite', '2026-11-23', 'O governo aprovou o plano.']]);
  });

  it("reads a limit ahead by its verb or its own modifier, and one set in the past as the nearest", () => {
    const read = (text: string, lang: string) => extractEvents(text, { published: '2026-11-26', lang }).map((event) => [event.expression.text, event.date]);
    expect(read("Les tarifs resteront gelés jusqu'en juin. Les travaux, lancés en mai, dureront jusqu'à l'été prochain.", 'fr')).toEqual([
      ["jusqu'en juin", '2027-06'],
      ['en mai', '2026-05'],
      ["jusqu'à l'été prochain", '2027-SU'],
    ]);
  });

  it('keeps an opening date in a German title, whose verb follows it, and leaves a relative pronoun out of the date', () => {
    expect(titles('Am Dienstag stellte der Senat einen Plan vor, der im Frühjahr beginnen soll.', 'de')).toEqual([
      ['Am Dienstag', 'Am Dienstag stellte der Senat einen Plan vor, der im Frühjahr beginnen soll.'],
      ['im Frühjahr', 'Am Dienstag stellte der Senat einen Plan vor, der beginnen soll.'],
    ]);
    // So does a date that opens the statement after a semicolon, a colon or a dash.
    expect(titles('Der Bau begann 2019; im Mai 2021 war die Brücke fertig. Die Lage war ernst: Am Montag schloss das Werk.', 'de')).toEqual([
      ['2019', 'Der Bau begann'],
      ['im Mai 2021', 'Im Mai 2021 war die Brücke fertig.'],
      ['Am Montag', 'Am Montag schloss das Werk.'],
    ]);
    expect(titles('Der Streik begann im März – im April lenkte die Firma ein.', 'de')[1]).toEqual(['im April', 'Im April lenkte die Firma ein.']);
  });

  it('leaves a weekday listed with another out of the title with it', () => {
    expect(titles('Habrá reuniones el jueves y el viernes.', 'es')).toEqual([
      ['el jueves', 'Habrá reuniones.'],
      ['el viernes', 'Habrá reuniones.'],
    ]);
    expect(titles('Os ministros reuniram-se na terça e na quarta em Bruxelas.', 'pt')).toEqual([
      ['na terça', 'Os ministros reuniram-se em Bruxelas.'],
      ['na quarta', 'Os ministros reuniram-se em Bruxelas.'],
    ]);
    // A range is no list: each end keeps the other.
    expect(titles('La tienda estará cerrada desde el lunes hasta el viernes.', 'es')[0]).toEqual(['desde el lunes', 'La tienda estará cerrada hasta el viernes.']);
  });

  it('takes "day" before a day into its expression, so the title keeps no "do dia", "del día", "del giorno"', () => {
    expect(titles('A reunião do dia 5 de maio foi adiada.', 'pt')).toEqual([['do dia 5 de maio', 'A reunião foi adiada.']]);
    expect(titles('A votação foi marcada para o dia 12 de maio.', 'pt')).toEqual([['para o dia 12 de maio', 'A votação foi marcada.']]);
    expect(titles('La reunión del día 5 de mayo fue aplazada.', 'es')).toEqual([['del día 5 de mayo', 'La reunión fue aplazada.']]);
    expect(titles('Il voto è previsto per il giorno 12 maggio.', 'it')).toEqual([['per il giorno 12 maggio', 'Il voto è previsto.']]);
  });

  it('gives a relative clause no noun across another preposition than "of"', () => {
    expect(titles('El Ayuntamiento aprobó convertir el edificio en museo, que abrirá en marzo.', 'es')).toEqual([
      ['en marzo', 'El Ayuntamiento aprobó convertir el edificio en museo, que abrirá.'],
    ]);
  });

  it('tells a participle alone with its date between commas as its noun and participle', () => {
    expect(titles('La reforma, anunciada en marzo, se debatirá en el Senado.', 'es')[0]).toEqual(['en marzo', 'La reforma anunciada']);
    expect(titles('Les travaux, votés en septembre, dureront deux ans.', 'fr')[0]).toEqual(['en septembre', 'Les travaux votés']);
    expect(titles('La legge, approvata a luglio, entrerà in vigore.', 'it')[0]).toEqual(['a luglio', 'La legge approvata']);
    expect(titles('O acordo, assinado em setembro, será votado.', 'pt')[0]).toEqual(['em setembro', 'O acordo assinado']);
    // French participles in -ert(e) and -uit(e), not only -é(e).
    expect(titles('La piscine, ouverte en 1972, doit rouvrir au printemps 2028.', 'fr')[0]).toEqual(['en 1972', 'La piscine ouverte']);
    expect(titles('Le pont, construit en 1890, sera fermé.', 'fr')[0]).toEqual(['en 1890', 'Le pont construit']);
    expect(titles('La petite salle, en 1890, était pleine.', 'fr')[0]?.[1]).not.toBe('La petite');
  });

  it('falls back to the sentence when the clause says too little without its date', () => {
    expect(titles('La reunión fue larga, y terminó el martes.', 'es')).toEqual([['el martes', 'La reunión fue larga, y terminó.']]);
  });
});

describe('holidays on a fixed day', () => {
  it.each([
    ['es', 'La tienda abrirá antes de Navidad.', 'Navidad', '2026-12-25'],
    ['es', 'La fiesta de Nochevieja terminó mal.', 'Nochevieja', '2025-12-31'],
    ['fr', 'Le magasin ouvrira avant Noël.', 'Noël', '2026-12-25'],
    ['it', "Pochi giorni prima di Natale l'Antitrust ha deciso.", 'Natale', '2025-12-25'],
    ['pt', 'A loja abre no Natal.', 'no Natal', '2026-12-25'],
    ['de', 'An Silvester kam es zu Bränden.', 'An Silvester', '2025-12-31'],
  ] as const)('%s: "%s" is the holiday of the year its tense points to', (lang, text, words, date) => {
    // Published in late November: the coming holiday, unless the verb has it past.
    expect(extractEvents(text, { published: '2026-11-20', lang }).map((event) => [event.expression.text, event.date])).toEqual([[words, date]]);
  });

  it.each([
    ['fr', 'Les cloches sonneront à Pâques.', 'Les cloches sonneront.'],
    ['es', 'Por Navidad subieron los precios.', 'Subieron los precios.'],
    ['de', 'Die Läden blieben an Ostern geschlossen.', 'Die Läden blieben geschlossen.'],
  ] as const)('%s: "%s" takes the holiday\'s preposition out of its title with it', (lang, text, title) => {
    expect(extractEvents(text, { published: '2026-11-20', lang }).map((event) => event.title)).toEqual([title]);
  });
});

describe('page furniture in each language', () => {
  it.each([
    ['es', 'MADRID, 12 mar (EFE) - El Gobierno aprobó el martes el decreto.', 'el martes'],
    ['fr', 'PARIS, 12 mars (AFP) - Le gouvernement a adopté mardi le décret.', 'mardi'],
    ['it', 'ROMA, 12 marzo (ANSA) - Il governo ha approvato martedì il decreto.', 'martedì'],
    ['pt', 'LISBOA, 12 mar (Lusa) - O Governo aprovou na terça-feira o decreto.', 'na terça-feira'],
    ['de', 'BERLIN, 12. März (dpa) - Die Regierung hat am Dienstag das Gesetz beschlossen.', 'am Dienstag'],
  ] as const)('%s: the dateline names the filing day, not an event', (lang, text, words) => {
    expect(extractEvents(text, { published: '2026-03-12', lang }).map((event) => [event.expression.text, event.date])).toEqual([[words, '2026-03-10']]);
  });

  it.each([
    ['es', '© 2026 Diario del Sur. Todos los derechos reservados. Publicado: 12 de marzo de 2026'],
    ['fr', 'Tous droits réservés. Publié le 12 mars 2026'],
    ['it', 'Riproduzione riservata. Aggiornato il 12 marzo 2026'],
    ['pt', 'Todos os direitos reservados. Atualizado: 12 de março de 2026'],
    ['de', 'Alle Rechte vorbehalten. Aktualisiert: 12. März 2026'],
    // A byline: the author's name and the day the story ran.
    ['es', 'Por Juan Pérez | 12/03/2026'],
    ['fr', 'Par Jean Dupont, le 12 mars 2026'],
    ['it', 'Di Mario Rossi, 12 marzo 2026'],
    ['pt', 'Por Ana Maria Silva, 12 de março de 2026'],
    ['de', 'Von Anna Schmidt, 12. März 2026'],
  ] as const)('%s: rights notices, date stamps and bylines give no events', (lang, text) => {
    expect(extractEvents(text, { published: '2026-03-12', lang })).toEqual([]);
  });

  it.each([
    ['pt', 'O Governo aprovou o decreto na terça-feira.\nAP-NY-03-12-26 1435EST', 'na terça-feira'],
    ['es', 'WSJ260312-0188 = 260312 Banco Central 12/03/26 WALL STREET JOURNAL (J)\nEl banco subió los tipos el martes.', 'el martes'],
    ['fr', 'AFP-PA-03-12-26 0802EST\nLe Conseil a voté mardi.', 'mardi'],
  ] as const)('%s: a wire header or trailer line, its slug glued to the filing date, gives no events', (lang, text, words) => {
    expect(extractEvents(text, { published: '2026-03-12', lang }).map((event) => [event.expression.text, event.date])).toEqual([[words, '2026-03-10']]);
  });

  it.each([
    ['es', 'Ahora trabaja en Lima. Por la mañana llovió durante seis meses. José María llegó. La ley no se reformaba desde hace quince años.'],
    ['fr', "Actuellement, il travaille à Lyon depuis trois mois. Désormais, c'est fini."],
    ['it', 'Ora lavora a Milano da sei mesi. Il 45 per cento degli addetti.'],
    ['pt', 'Agora vai ter um emprego durante seis meses.'],
    ['de', 'Derzeit arbeitet er sechs Monate lang. Jetzt ist Schluss.'],
  ] as const)('%s: the present, durations and false friends are no dates', (lang, text) => {
    expect(extractEvents(text, { published: '2026-03-12', lang }).map((event) => event.expression.text)).toEqual([]);
  });
});

describe.each([
  // A telephone number is no numeric date; a clock time alone places nothing.
  ['fr', 'Pour tout renseignement, appeler la mairie au 03.29.88.43.12. ou au 03.29.87.42.10.'],
  ['fr', 'Le bal commencera à partir de 22 h, puis un feu sera tiré de 23 h 30 à minuit.'],
  ['es', 'Las reservas, en el 91.555.12.34.'],
  // A weekday that recurs is a set, not a date.
  ['fr', 'Pendant les vacances, la médiathèque sera ouverte uniquement le mercredi.'],
  ['fr', 'Le marché se tient chaque mardi sur la place de la Mairie.'],
  ['es', 'Los lunes el museo permanece cerrado.'],
  ['it', 'Il mercato si tiene ogni martedi in piazza.'],
  ['pt', 'A feira acontece todas as quintas-feiras no centro.'],
  ['de', 'Der Markt findet jeden Dienstag statt.'],
  // "Today" that opens the present age is no date.
  ['es', 'Hoy en día la mitad de los jóvenes vive con sus padres.'],
  ['es', 'Hoy por hoy, la vivienda es el primer problema de los jóvenes.'],
  ['pt', 'Os jovens hoje em dia mudam de emprego com frequência.'],
  ['it', "Al giorno d'oggi i giovani cambiano spesso lavoro."],
  // A street may bear a date.
  ['it', "Il corteo partira' da piazza IV Novembre e sfilera' lungo via XX Settembre."],
  ['pt', 'O incêndio começou num prédio da rua 25 de Abril, em Lisboa.'],
  ['fr', 'La boutique de la rue du 4 Septembre a fermé ses portes.'],
  ['es', 'El desfile recorrió la avenida 9 de Julio.'],
  // An ordinal that is also a weekday counts; "marco" without its cedilla is no month.
  ['pt', 'A Siderurgia Nacional, a segunda maior empresa do setor, perdeu clientes.'],
  ['pt', 'O desemprego atingiu o nível mais alto desde a segunda guerra mundial.'],
  ['pt', 'O euro subiu face ao dólar, e o marco histórico foi ultrapassado.'],
  // A count from an event the text does not date places nothing.
  ['pt', 'Esta medida vem apenas um mês depois de a Qantas ter suspendido os voos.'],
  ['es', 'Dos años después de la guerra, la ciudad seguía en ruinas.'],
  // "Por" before a name and a comma is a byline only with a date after it.
  ['es', 'Por Semana Santa, los precios subieron en los hoteles.'],
  ['fr', "Deux ans après la mort de son père, il vendit l'usine."],
  ['it', 'Due anni dopo la guerra la città era ancora in rovina.'],
] as const)('%s: %s', (lang, text) => {
  it('has no date', () => {
    expect(extractEvents(text, { published: '2026-03-12', lang }).map((event) => event.expression.text)).toEqual([]);
  });
});

// Each rule of the grammars, in sentences of our own: the expression a reader marks and its value.
// Published Thursday 2026-03-12 (ISO week 11, first quarter).
describe.each([
  // The weekday's accent written as an apostrophe takes the modifier after it.
  ['it', "I sindacati hanno contestato l'accordo firmato venerdi' scorso con l'azienda.", [["venerdi' scorso", '2026-03-06']]],
  ['it', "Il verdetto del Tar arrivera' entro martedi' prossimo.", [["entro martedi' prossimo", '2026-03-17']]],
  // Copy without accents writes the verbs' accents as apostrophes too: they still give the tense.
  ['it', "Il ministro annuncio' sabato le dimissioni.", [['sabato', '2026-03-07']]],
  ['it', "La giunta si riunira' martedi' in seduta straordinaria.", [["martedi'", '2026-03-17']]],
  ['it', "Ci vorra' un po' di tempo: il cantiere riapre sabato.", [['sabato', '2026-03-14']]],
  // ... but a month after other words is one.
  ['it', "Nel corso di febbraio le vendite in piazza sono salite.", [['febbraio', '2026-02']]],
  // "Until" leaves the direction to the tense; "for" points ahead whatever it; expecting looks ahead.
  ['pt', 'Os países membros haviam entregue os relatórios até quarta-feira.', [['até quarta-feira', '2026-03-11']]],
  ['es', 'Los alumnos tuvieron vacaciones hasta el lunes.', [['hasta el lunes', '2026-03-09']]],
  ['pt', 'O jogo foi adiado para sábado por causa da chuva.', [['para sábado', '2026-03-14']]],
  ['pt', 'A construtora espera concluir as obras em fevereiro.', [['em fevereiro', '2027-02']]],
  ['pt', 'Prevê-se que a fusão termine na segunda-feira.', [['na segunda-feira', '2026-03-16']]],
  // "Since" in the present lies before, whatever month is nearer; with a verb ahead it is "from".
  ['fr', 'La loi est en vigueur depuis mai.', [['depuis mai', '2025-05']]],
  ['de', 'Das Gesetz gilt seit Mai.', [['seit Mai', '2025-05']]],
  ['pt', 'A lei está em vigor desde maio.', [['desde maio', '2025-05']]],
  ['es', 'La muestra estará abierta desde mayo.', [['desde mayo', '2026-05']]],
  // ... and, lasting until now, it is the news's own, not a history passage's.
  ['de', 'Im Jahr 1945 brannte die Brauerei ab. Seit Mai gilt ein neues Reinheitsgebot.', [['Im Jahr 1945', '1945'], ['Seit Mai', '2025-05']]],
  // A year right after the verb sets the time of its clause, as "im Jahr 1945" does, and a count from
  // it moves the passage on: the day of that sentence is in the year reached.
  ['de', 'Das Werk wurde 1923 eröffnet. Zwei Jahre später streikten die Arbeiter am 4. Mai.', [['1923', '1923'], ['Zwei Jahre später', '1925'], ['am 4. Mai', '1925-05-04']]],
  ['es', 'La fábrica abrió en 1923. Dos años después, los obreros fueron a la huelga el 4 de mayo.', [['en 1923', '1923'], ['Dos años después', '1925'], ['el 4 de mayo', '1925-05-04']]],
  // Midnight or noon without a day is a clock time, not tomorrow; "of Saturday" gives it its day.
  ['es', 'El toque de queda empezó a medianoche del sábado.', [['a medianoche del sábado', '2026-03-07']]],
  ['it', 'Il coprifuoco è iniziato a mezzanotte di sabato.', [['a mezzanotte di sabato', '2026-03-07']]],
  ['pt', 'A loja fechou à meia-noite e reabriu na segunda-feira.', [['na segunda-feira', '2026-03-09']]],
  ['de', 'Der Minister sprach heute Mittag.', [['heute Mittag', '2026-03-12']]],
  // What is payable is paid ahead, whatever verb declared it.
  ['pt', 'A empresa declarou um dividendo de 10%, a pagar a 15 de maio.', [['a 15 de maio', '2026-05-15']]],
  ['es', 'La empresa declaró un dividendo, pagadero el 15 de mayo.', [['el 15 de mayo', '2026-05-15']]],
  ['fr', 'La société a déclaré un dividende payable le 15 mai.', [['le 15 mai', '2026-05-15']]],
  // What is put off lies ahead of the putting off.
  ['es', 'El concierto se aplazó al 3 de mayo.', [['al 3 de mayo', '2026-05-03']]],
  ['fr', 'Le match a été reporté au 3 mai.', [['au 3 mai', '2026-05-03']]],
  // A weekday listed after another ahead falls after it.
  ['es', 'La tienda estará cerrada desde el lunes hasta el viernes.', [['desde el lunes', '2026-03-16'], ['hasta el viernes', '2026-03-20']]],
  // A range of weekdays ends on the first such day after its start.
  ['fr', 'Le salon de l’agriculture se tiendra de vendredi à lundi.', [['vendredi à lundi', '2026-03-13..2026-03-16']]],
  ['de', 'Die Messe lief von Montag bis Mittwoch.', [['Montag bis Mittwoch', '2026-03-09..2026-03-11']]],
  // An edge of a period stepped to is that period; one in progress is the one running at publication.
  ['it', "Le agevolazioni concesse alla fine dell'anno scorso scadono.", [["alla fine dell'anno scorso", '2025']]],
  ['it', "Il fatturato dell'anno in corso crescera' del 3 per cento.", [["dell'anno in corso", '2026']]],
  ['it', "Le vendite di gennaio dell' anno in corso sono salite.", [["gennaio dell' anno in corso", '2026-01']]],
  ['pt', 'Os novos modelos chegam às lojas no início do ano que vem.', [['no início do ano que vem', '2027']]],
  ['pt', 'A empresa prevê lucros no trimestre em curso.', [['no trimestre em curso', '2026-Q1']]],
  ['fr', "Le chantier du tramway s'achèvera à la fin de l'année prochaine.", [["la fin de l'année prochaine", '2027']]],
  ['fr', "Le déficit de l'année en cours sera réduit.", [["de l'année en cours", '2026']]],
  ['es', 'La fábrica cerró a finales del año pasado.', [['a finales del año pasado', '2025']]],
  ['es', 'El déficit del año en curso bajará.', [['del año en curso', '2026']]],
  ['de', 'Das Stahlwerk schloss Ende letzten Jahres.', [['Ende letzten Jahres', '2025']]],
  ['pt', 'Os ministros reuniram-se na terça e na quarta em Bruxelas.', [['na terça', '2026-03-10'], ['na quarta', '2026-03-11']]],
  // The month a month noun names, at its edge, with the preposition the edge takes.
  ['es', 'Presentaba el programa hasta finales del pasado mes de mayo.', [['hasta finales del pasado mes de mayo', '2025-05']]],
  // "antes de eso" counts from the date told, not from an event.
  ['es', 'La planta cerró en 1950; dos años antes de eso había abierto.', [['en 1950', '1950'], ['dos años antes de eso', '1948']]],
  // A byline needs a name in capitals: "Par la suite" is none.
  ['fr', 'Par la suite, le 12 mars, tout a changé.', [['le 12 mars', '2026-03-12']]],
  // A two-letter weekday abbreviation alone is a word: "so" (Sonntag).
  ['de', 'Der Streik soll am Montag beginnen, so die Gewerkschaft. So wird es am Freitag kommen.', [['am Montag', '2026-03-16'], ['am Freitag', '2026-03-13']]],
  // A month's edge is a date set: near publication, it is this year's whatever the tense.
  ['it', "Il ministero ha fissato la scadenza delle domande a fine marzo.", [['a fine marzo', '2026-03']]],
  ['pt', 'O regulador deu à empresa um prazo até meados de abril.', [['até meados de abril', '2026-04']]],
  ['es', 'La constructora entregó las viviendas a finales de enero.', [['a finales de enero', '2026-01']]],
  ['de', 'Die Gewerkschaft hatte den Streik für Anfang April angekündigt.', [['für Anfang April', '2026-04']]],
  // A year takes its edge too, out of the title: "a principios de 2019", "fin 2019".
  ['es', 'La empresa cerró su planta a principios de 2019.', [['a principios de 2019', '2019']]],
  ['fr', "L'usine a fermé fin 2019.", [['fin 2019', '2019']]],
  // Two digits after a year and a dash end a range of years.
  ['it', 'Il piano triennale 2026-28 prevede tagli alla spesa.', [['2026-28', '2026..2028']]],
  ['pt', 'O plano 2025-27 foi aprovado pelo parlamento.', [['2025-27', '2025..2027']]],
  // Days listed before their month all take it.
  ['it', "Lo sciopero dei treni cadra' tra il 27 e il 30 di marzo.", [['il 27', '2026-03-27'], ['il 30 di marzo', '2026-03-30']]],
  ['fr', 'Les élections municipales auront lieu les 15 et 22 mars.', [['les 15', '2026-03-15'], ['22 mars', '2026-03-22']]],
  ['es', 'Los paros serán los días 6 y 13 de abril.', [['6', '2026-04-06'], ['13 de abril', '2026-04-13']]],
  ['de', 'Gestreikt wird am 6. und 13. April.', [['am 6.', '2026-04-06'], ['13. April', '2026-04-13']]],
  // A day with its month and a year joined by "del" is that day.
  ['it', "L'attentato che il 26 febbraio del 1993 fece esplodere una bomba.", [['il 26 febbraio del 1993', '1993-02-26']]],
  // Italian gives a month or a day its year in two digits after "del" or an apostrophe.
  ['it', "Il 22 luglio del 24, dopo cinque mesi di indagine, l'Antitrust ha multato la societa'.", [['Il 22 luglio del 24', '2024-07-22']]],
  ['it', "Il bilancio del primo trimestre del 25 si e' chiuso in perdita.", [['del primo trimestre del 25', '2025-Q1']]],
  ['it', "Le esportazioni di marzo '25 erano cresciute.", [["marzo '25", '2025-03']]],
  ['it', 'I consensi a luglio del 45 per cento erano crollati.', [['a luglio', '2025-07']]],
  // The period under discussion named again in another year is that quarter in that year.
  ['pt', 'A Galp lucrou 300 milhões de euros no quarto trimestre, contra 250 milhões no período homólogo do ano passado.', [['no quarto trimestre', '2025-Q4'], ['no período homólogo do ano passado', '2024-Q4']]],
  ['it', "Nel terzo trimestre 2025 il fatturato e' salito del 4 per cento rispetto al corrispondente periodo 2024.", [['Nel terzo trimestre 2025', '2025-Q3'], ['al corrispondente periodo 2024', '2024-Q3']]],
  ['es', 'La aerolínea ganó 90 millones en el cuarto trimestre, frente a 70 millones en el mismo periodo del año anterior.', [['en el cuarto trimestre', '2025-Q4'], ['en el mismo periodo del año anterior', '2024-Q4']]],
  ['fr', "Le chiffre d'affaires du quatrième trimestre a progressé de 5 % par rapport à la même période de l'année précédente.", [['du quatrième trimestre', '2025-Q4'], ["la même période de l'année précédente", '2024-Q4']]],
  ['de', 'Im vierten Quartal stieg der Umsatz um 3 Prozent gegenüber dem gleichen Zeitraum des vergangenen Jahres.', [['Im vierten Quartal', '2025-Q4'], ['dem gleichen Zeitraum des vergangenen Jahres', '2024-Q4']]],
  // An account's year follows its noun and adjective in two digits; the noun stays in the title.
  ['it', "Il fatturato globale 25 e' stato di 980 milioni.", [['25', '2025']]],
  ['it', 'Il bilancio consolidato 24 chiude in utile per la prima volta.', [['24', '2024']]],
  ['it', 'La produzione 25 ha superato le 91 mila tonnellate.', [['25', '2025']]],
  // Seasons (published 2026-03-12): by their modifier, their year, or the tense; "this" season is this
  // year's; a winter is named by its December.
  ['es', 'El verano pasado el embalse quedó al 20%; las lluvias volverán la próxima primavera, y en otoño se licitará la presa.', [['El verano pasado', '2025-SU'], ['la próxima primavera', '2026-SP'], ['en otoño', '2026-FA']]],
  ['es', 'Lo que podría ocurrir este verano preocupa al Gobierno. En el invierno de 1994 nevó en Sevilla.', [['este verano', '2026-SU'], ['En el invierno de 1994', '1994-WI']]],
  ['fr', "L'été dernier, la Loire était à sec. Cet été, les arrêtés de sécheresse tomberont plus tôt.", [["L'été dernier", '2025-SU'], ['Cet été', '2026-SU']]],
  ['it', "Nell'estate del 1969 la fabbrica chiuse; riaprirà in autunno, ha detto il sindaco.", [["Nell'estate del 1969", '1969-SU'], ['in autunno', '2026-FA']]],
  // Written in March, before the winter's end on the 20th, the last winter is the one before it.
  ['pt', 'No inverno passado a conta da luz dobrou. O governo prometeu obras neste verão.', [['No inverno passado', '2024-WI'], ['neste verão', '2026-SU']]],
  ['de', 'Im vergangenen Herbst stieg die Zahl der Anträge; im nächsten Frühjahr soll das Gesetz gelten.', [['Im vergangenen Herbst', '2025-FA'], ['im nächsten Frühjahr', '2026-SP']]],
  // "That summer" is the summer of the story's year; "the following spring" counts from a date told,
  // which no season reading does yet: no date rather than a wrong one.
  ['es', 'En el invierno de 1961 el río arrasó la ribera; la primavera siguiente se levantó un dique. Aquel verano llovió poco.', [['En el invierno de 1961', '1961-WI'], ['Aquel verano', '1961-SU']]],
  ['it', "Nel 1969 la fabbrica chiuse. Quell'estate gli operai scioperarono.", [['Nel 1969', '1969'], ["Quell'estate", '1969-SU']]],
  // A season word that is a noun or a name is no date: a summer's day, "a été" (has been), a festival.
  ['fr', "Ce fut un jour d'été comme un autre, a été rappelé au Printemps de l'environnement.", []],
  ['es', 'Fue un verano de lluvias, y el Verano de la Crisis sigue en la memoria.', []],
  // "entro l'anno": by the end of the current one.
  ['it', "La fusione dovrebbe concludersi entro l'anno.", [["entro l'anno", '2026']]],
  ['it', "L'aumento di capitale si chiudera' entro l' anno prossimo.", [["entro l' anno prossimo", '2027']]],
] as const)('%s: %s', (lang, text, readings) => {
  it(`reads ${readings.map(([words, value]) => `"${words}" as ${value}`).join(', ')}`, () => {
    const read = extractEvents(text, { published: '2026-03-12', lang }).map((event) => [event.expression.text, event.end ? `${event.date}..${event.end}` : event.date]);
    expect(read).toEqual(readings);
  });
});

describe('the day before yesterday and the day after tomorrow', () => {
  // A Wednesday: two days before is Monday the 23rd, two days after Friday the 27th.
  const published = '2026-11-25';

  it.each([
    ['fr', 'Le ministre est arrivé avant-hier et repartira après-demain.', ['avant-hier', 'après-demain']],
    ['es', 'El ministro llegó anteayer y se irá pasado mañana.', ['anteayer', 'pasado mañana']],
    ['pt', 'O ministro chegou anteontem e parte depois de amanhã.', ['anteontem', 'depois de amanhã']],
    ['it', "Il ministro è arrivato l'altro ieri e ripartirà dopodomani.", ["l'altro ieri", 'dopodomani']],
    ['de', 'Der Minister kam vorgestern und reist übermorgen ab.', ['vorgestern', 'übermorgen']],
  ])('in %s: %s', (lang, text, expressions) => {
    const events = extractEvents(text, { published, lang });
    expect(events.map((event) => [event.expression.text, event.date])).toEqual([
      [expressions[0], '2026-11-23'],
      [expressions[1], '2026-11-27'],
    ]);
    // Not "demain" out of "après-demain", which left "et repartira après-" in the title, nor "ieri" out of "l'altro ieri".
    for (const event of events) expect(event.title).not.toMatch(/après-(?!demain)|\baltro (?!ieri)/);
  });
});

describe('Italian irregular participles', () => {
  // A Wednesday: the Saturday before is the 21st, the one after the 28th.
  const published = '2026-11-25';

  it.each([
    ['È morta sabato nella sua casa di Torino.', '2026-11-21'],
    ['La scuola è stata chiusa sabato per la neve.', '2026-11-21'],
    ['La lettera è stata scritta sabato.', '2026-11-21'],
    // Not a participle: the future stays ahead.
    ['Il ponte sarà aperto sabato.', '2026-11-28'],
  ])('%s', (text, date) => {
    expect(extractEvents(text, { published, lang: 'it' }).map((event) => event.date)).toEqual([date]);
  });
});
