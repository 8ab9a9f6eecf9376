/**
 * Parts of a day: "Tuesday evening", "hier soir", "esta mañana" are their day with its part (`part`), in
 * every language; words that only look like one ("mañana" alone is tomorrow, "más tarde" later,
 * "Heiligabend" a holiday) give none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractEvents, type DayPart } from '../../src/parser/index.js';
import { loadLanguage } from '../../src/parser/load-language.js';

beforeAll(async () => {
  for (const lang of ['es', 'fr', 'it', 'pt', 'de']) await loadLanguage(lang);
});

// A Wednesday.
const published = '2026-11-25';

type Case = readonly [text: string, expression: string, date: string, part: DayPart | undefined];

const CASES: Record<string, readonly Case[]> = {
  en: [
    ['Police arrived Friday night.', 'Friday night', '2026-11-20', 'night'],
    ['The vote is tonight.', 'tonight', '2026-11-25', 'night'],
    ['The mayor spoke this morning.', 'this morning', '2026-11-25', 'morning'],
    ['On Tuesday afternoon the council met.', 'On Tuesday afternoon', '2026-11-24', 'afternoon'],
    ['Yesterday evening a fire broke out.', 'Yesterday evening', '2026-11-24', 'evening'],
    ['Last night the storm hit the coast.', 'Last night', '2026-11-24', 'night'],
    ['The council met on Tuesday.', 'on Tuesday', '2026-11-24', undefined],
  ],
  fr: [
    ['Le ministre a parlé hier soir.', 'hier soir', '2026-11-24', 'evening'],
    ['La réunion aura lieu ce soir.', 'ce soir', '2026-11-25', 'evening'],
    ['Mardi matin, le conseil a voté.', 'Mardi matin', '2026-11-24', 'morning'],
    ["Un piéton a été heurté hier en début d'après-midi.", "hier en début d'après-midi", '2026-11-24', 'afternoon'],
    ['Demain matin, il partira.', 'Demain matin', '2026-11-26', 'morning'],
    ['Dimanche dans la nuit, un incendie a éclaté.', 'Dimanche dans la nuit', '2026-11-22', 'night'],
    ['Le conseil a voté mardi.', 'mardi', '2026-11-24', undefined],
    // Written before its day, the part goes with it, and out of the title.
    ['La panne de la nuit de lundi a privé la ville de courant.', 'de la nuit de lundi', '2026-11-23', 'night'],
    ['Il est parti dès minuit mardi.', 'mardi', '2026-11-24', undefined],
  ],
  es: [
    ['El martes por la noche llegó el ministro.', 'El martes por la noche', '2026-11-24', 'night'],
    ['Esta tarde habló el alcalde.', 'Esta tarde', '2026-11-25', 'afternoon'],
    ['Ayer por la tarde se reunió el consejo.', 'Ayer por la tarde', '2026-11-24', 'afternoon'],
    ['Mañana por la mañana votará el Senado.', 'Mañana por la mañana', '2026-11-26', 'morning'],
    // Tomorrow, not a morning.
    ['Mañana se reunirá el consejo.', 'Mañana', '2026-11-26', undefined],
    ['Pasado mañana se reunirá el consejo.', 'Pasado mañana', '2026-11-27', undefined],
    ['Pasado mañana por la tarde votará el Senado.', 'Pasado mañana por la tarde', '2026-11-27', 'afternoon'],
    ['El barco se hundió en la noche del viernes pasado.', 'en la noche del viernes pasado', '2026-11-20', 'night'],
    ['El presidente habló anoche en Madrid.', 'anoche', '2026-11-24', 'night'],
  ],
  it: [
    ['Giovedì sera il ministro ha parlato.', 'Giovedì sera', '2026-11-19', 'evening'],
    ['Stamattina il consiglio ha votato.', 'Stamattina', '2026-11-25', 'morning'],
    ['Ieri pomeriggio il sindaco è arrivato.', 'Ieri pomeriggio', '2026-11-24', 'afternoon'],
    ['Stanotte è scoppiato un incendio.', 'Stanotte', '2026-11-25', 'night'],
    ['La notizia è stata resa nota nella tarda sera di ieri.', 'nella tarda sera di ieri', '2026-11-24', 'evening'],
  ],
  pt: [
    ['No sábado à noite chegou o ministro.', 'No sábado à noite', '2026-11-21', 'night'],
    ['Hoje de manhã votou o conselho.', 'Hoje de manhã', '2026-11-25', 'morning'],
    ['Esta tarde falou o presidente.', 'Esta tarde', '2026-11-25', 'afternoon'],
    ['O ataque começou na noite de sábado.', 'na noite de sábado', '2026-11-21', 'night'],
    ['Ele partirá amanhã de manhã.', 'amanhã de manhã', '2026-11-26', 'morning'],
    // Tomorrow, not a morning.
    ['O conselho vai votar amanhã.', 'amanhã', '2026-11-26', undefined],
  ],
  de: [
    ['Am Montagabend sprach der Minister.', 'Am Montagabend', '2026-11-23', 'evening'],
    ['Gestern Abend brannte eine Scheune.', 'Gestern Abend', '2026-11-24', 'evening'],
    ['Heute Morgen stimmte der Rat ab.', 'Heute Morgen', '2026-11-25', 'morning'],
    // Tomorrow, not a morning; a holiday, not an evening.
    ['Morgen reist der Minister ab.', 'Morgen', '2026-11-26', undefined],
    ['An Heiligabend sang der Chor.', 'An Heiligabend', '2026-12-24', undefined],
    // The night named by the day after it is the night of the day before: Monday's, then Saturday's.
    ['In der Nacht zum Dienstag brannte eine Scheune.', 'In der Nacht zum Dienstag', '2026-11-23', 'night'],
    ['In der Nacht zum Sonntag wird es frieren.', 'In der Nacht zum Sonntag', '2026-11-28', 'night'],
    ['In der Nacht von Montag auf Dienstag fiel Schnee.', 'In der Nacht von Montag auf Dienstag', '2026-11-23', 'night'],
  ],
};

describe.each(Object.keys(CASES))('parts of a day in %s', (lang) => {
  it.each(CASES[lang]!.map((testCase) => [testCase[0], testCase] as const))('%s', (_, [text, expression, date, part]) => {
    const events = extractEvents(text, { published, lang });
    expect(events.map((event) => [event.expression.text, event.date, event.part])).toEqual([[expression, date, part]]);
    // A day's event only: the key is absent, not undefined, when the text names no part.
    expect('part' in events[0]!).toBe(part !== undefined);
  });
});

describe('parts of a day', () => {
  it.each([
    ['fr', 'Dans la nuit de lundi à mardi, une fuite a inondé le local.', 'Dans la nuit de lundi à mardi', 'Une fuite a inondé le local.'],
    ['it', 'La notte tra sabato e domenica un incendio ha distrutto il fienile.', 'La notte tra sabato e domenica', 'Un incendio ha distrutto il fienile.'],
    ['es', 'En la noche del sábado al domingo un incendio destruyó el granero.', 'En la noche del sábado al domingo', 'Un incendio destruyó el granero.'],
    ['pt', 'Na noite de sábado para domingo, um incêndio destruiu o celeiro.', 'Na noite de sábado para domingo', 'Um incêndio destruiu o celeiro.'],
  ])('make one night of "the night from one day to the next" in %s: the first day\'s', (lang, text, expression, title) => {
    const events = extractEvents(text, { published, lang });
    const first = lang === 'fr' ? '2026-11-23' : '2026-11-21';
    expect(events.map((event) => [event.expression.text, event.date, event.end, event.part, event.title])).toEqual([[expression, first, undefined, 'night', title]]);
  });


  it('leave the title with their day ("Il a parlé", not "Il a parlé soir")', () => {
    const [event] = extractEvents('Le ministre a parlé hier soir.', { published, lang: 'fr' });
    expect(event?.title).toBe('Le ministre a parlé.');
    const [afternoon] = extractEvents('Ieri pomeriggio il sindaco è arrivato.', { published, lang: 'it' });
    expect(afternoon?.title).toBe('Il sindaco è arrivato.');
  });

  it('are given only to a day: a clock time is more precise, and a count of days later names no part', () => {
    const [time] = extractEvents('The storm hit at 9 p.m. Monday night.', { published });
    expect([time?.granularity, time?.part]).toEqual(['time', undefined]);
    const later = extractEvents('El 3 de marzo llegó; dos días más tarde se fue.', { published, lang: 'es' });
    expect(later.map((event) => event.part)).toEqual([undefined, undefined]);
    const laterPt = extractEvents('Chegou em 3 de março e dois dias mais tarde partiu.', { published, lang: 'pt' });
    expect(laterPt.every((event) => event.part === undefined)).toBe(true);
    expect(extractEvents('Am übermorgen tagenden Gipfel wird er sprechen. Zu Weihnachten kam er.', { published, lang: 'de' }).map((event) => event.part)).toEqual([undefined, undefined]);
  });
});
