/**
 * A language's words for news dates, as regular-expression alternations matched without regard to case:
 * everything vocabulary-locale.ts builds a grammar from. One table per language (es.ts, fr.ts, ...), so
 * that the prefilter's tokens, the parsers and the tense reader cannot drift apart.
 */
import type { Chrono } from 'chrono-node';
import type { MentionWords } from '../../mention.js';

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Vocabulary {
  /** chrono-node's casual grammar of the language: weekdays, month names, "today", clock times. */
  chrono: Chrono;
  /** Each month's forms, January first ("enero|ene\\.?"). */
  months: readonly string[];
  /** Each season's forms, spring first (see SeasonNameParser). */
  seasons: readonly [spring: string, summer: string, fall: string, winter: string];
  /** Each weekday's forms, Sunday first. */
  weekdays: readonly string[];
  /**
   * Weekday forms that are also ordinals ("segunda", "quinta"): before a noun or an adjective ("a segunda
   * maior", "a quinta emenda") they count, not name a day.
   */
  weekdayOrdinals?: string;
  /** Parts of the day written after a weekday ("lundi soir", "el lunes por la noche"): part of its expression. */
  weekdayParts?: string;
  /**
   * Parts of the day written before a day, with the word that joins them to it ("la noche del", "la nuit
   * de", "na noite de"): part of its expression.
   */
  partsBefore?: string;
  /** Of those, the words that name a night by the day after it ("Nacht zum" of "in der Nacht zum Dienstag"). */
  nightBefore?: string;
  /** Last night in one word ("anoche"): the day before publication, at night. */
  lastNight?: string;
  /**
   * The forms of morning, afternoon, evening and night found in a day's expression, for its part of the day
   * (see dayPartReader): "la mañana" is a morning, "mañana" alone tomorrow.
   */
  parts: readonly [morning: string, afternoon: string, evening: string, night: string];
  /** Parts of the day a language glues to the weekday ("Montagabend"): German. */
  dayParts?: string;
  /** The weekend's forms ("Wochenende"), where the weekend is read as its Saturday and Sunday. */
  weekend?: string;
  /** Each unit's forms, singular and plural. */
  units: Readonly<Record<Unit, string>>;
  /** Days named from publication ("hoy|ayer|mañana"), for the prefilter: chrono-node reads them (and `twoDays`, ours). */
  days: string;
  /**
   * The preposition that makes a season alone a habit in the present tense ("en" of "la demande augmente
   * en été"), and a date in the past or future ("en été, la ville a fermé").
   */
  habitualSeason?: string;
  /** The day before yesterday and the day after tomorrow ("anteayer", "pasado mañana"; see publicationDayParser). */
  twoDays: readonly [before: string, after: string];
  /** Parts of the publication day ("esta noche|esta mañana"), read as that day (see publicationDayParser). */
  todayParts?: string;
  /** Words that make a unit or weekday the one before ("pasado|pasada|anterior"), before or after it. */
  previous: string;
  /**
   * ... the one after ("próximo|próxima|que viene"); not "siguiente", which counts from the last date
   * told ("al año siguiente"), not from publication.
   */
  next: string;
  /** Of the `previous` words, those that say "the one before that" ("anterior"), not "the latest". */
  prior: string;
  /** The edges of a period that leave it the current one: "finales (del año)", "início (deste mês)". */
  edges: string;
  /** Words after a period that count it on from the last date told ("la primavera siguiente"). */
  following?: string;
  /**
   * Words after "later" or "earlier" that name the point counted from ("dos años después de la guerra",
   * "un mois avant la fin"): an event's, not a date told, so the count places nothing.
   */
  pointAfter?: string;
  /** Demonstratives and "same" that point back to the last date told ("ese día", "le même jour"). */
  that: string;
  /** Words before a weekday that make it recurring ("cada martes", "chaque mercredi"): a set, no date. */
  every: string;
  /** Prepositions that point a weekday ahead ("para el sábado", "für Samstag"), whatever the tense. */
  ahead: string;
  /**
   * "Since", in the expression's own words ("depuis mars", "desde março", "seit Mai"): in the present,
   * what has lasted since lies before ("la loi est en vigueur depuis mars", written in November is this
   * year's March); with a verb ahead it is "from" ("estará abierta desde marzo").
   */
  since?: string;
  /**
   * Prepositions that bound a period ("hasta el martes", "até quarta-feira", "a partir de"): part of the
   * expression, its direction left to the tense ("haviam submetido relatórios até quarta-feira").
   */
  bounds: string;
  /** ... the current one, before it ("este|esta"). */
  current: string;
  /** ... the one running at publication, after it ("en curso"): not the one under discussion. */
  ongoing?: string;
  /** What may stand before those: articles and contracted prepositions ("el|la|del|l'"). */
  determiners: string;
  /** "hace dos años": the word before a count back from publication. */
  agoBefore?: string;
  /** "due anni fa": ... after it. */
  agoAfter?: string;
  /** "dos años después": the words after a count of units on from a date told. */
  later: string;
  /** "un año antes": ... back from it. */
  earlier: string;
  /** The plural forms of day, week, month and year: with no count they are a vague span ("los próximos días"). */
  plurals: string;
  /** Vague counts, for the units whose plural is also their singular ("quelques mois", "qualche giorno"). */
  few?: string;
  /** Spelled numbers a count may use ("un": 1, "dos": 2). */
  numbers: Readonly<Record<string, number>>;
  /** The ordinals of quarters, first to fourth ("primer|primero"). */
  quarterOrdinals: readonly string[];
  /** What joins two items of a list ("y|e"). */
  and: string;
  /** What joins a month or quarter to its year ("de|del"). */
  ofYear: string;
  /** Verb forms that put a date in the past (preterite, perfect), as a pattern over whole words. */
  past: string;
  /**
   * A past participle's endings, read as past where one opens a comma's piece ("la reforma, anunciada en
   * marzo, se votará"): there it is a clause of its own, and elsewhere often a noun ("el partido").
   */
  participle?: string;
  /**
   * Whether `past` and `future` are matched as written: German capitalises nouns, so "lagen" is a verb
   * and "Lagen" (layers) is not, and a lower-case word in -te is a weak verb's past.
   */
  verbsCased?: boolean;
  /** ... in the future (future, periphrastic future, "next"). */
  future: string;
  /**
   * Words before a two-digit year ("nell'85", "il 92"): Italian writes years so. Absent in languages that
   * do not; a number from 1 to 31 after them stays a day unless the apostrophe elides the article.
   */
  shortYearBefore?: string;
  /** Nouns a two-digit year follows ("il bilancio 85", "il fatturato globale 93"): the year is the digits. */
  shortYearNouns?: string;
  /** The period under discussion named again before another year ("mismo trimestre", "período homólogo"). */
  samePeriod?: string;
  /** Words that open a street's name, which may be a date ("via XX Settembre", "rua 25 de Abril"). */
  streets?: string;
  /** Nouns a four-digit count comes before ("1600 addetti", "2054 miliardi"): then it is no year. */
  countNouns: string;
  /** Holidays on a fixed day, each name's forms (a pattern) to its month and day. */
  holidays: Readonly<Record<string, readonly [month: number, day: number]>>;
  /**
   * The prepositions a holiday is named with ("à Pâques", "zu Pfingsten"), besides the articles, setting
   * words and `ahead` words every expression takes: part of its expression.
   */
  holidayBefore?: string;
  /** Feasts counted from Easter, each name's forms (a pattern) to its days after Easter Sunday ("pentecôte": 49). */
  movableFeasts?: Readonly<Record<string, number>>;
  /** Words chrono-node reads as the present moment, which place nothing ("ahora", "actualmente"). */
  now: string;
  /** Phrases that open with "today" and name the present age ("hoy en día", "hoje em dia"): no date. */
  nowadays?: string;
  /**
   * Words that end where a date chrono-node reads ends, and make it something else: "por la mañana" is
   * the morning, not tomorrow.
   */
  falseFriends?: string;
  /** Words that open a page's date stamp ("publicado|actualizado"). */
  stamp: string;
  /** The word before an author's name in a byline, as written at a line's start ("Por", "Par", "Von"). */
  byline: string;
  /** A rights notice ("todos los derechos reservados"). */
  rights: string;
  /** What a statement says nothing with, space-separated: articles, prepositions, "dijo", "según". */
  functionWords: string;
  /** The words that open a clause of its own after a comma, for titles (see clause-title.ts). */
  clauses: {
    /** Coordinating conjunctions ("y|pero"): what follows is another event. */
    and: string;
    /** Relative pronouns ("que|quien"): the clause tells of the noun before its comma. */
    which?: string;
    /** Subordinating conjunctions ("mientras|cuando|porque"). */
    while: string;
    /** Attribution ("según"): the event is what the report says, whatever the report's date. */
    per: string;
    /** The articles, space-separated, that open the noun a relative clause tells of. */
    articles: string;
    /** Whether a subordinate clause keeps its conjunction, since its verb comes last (German). */
    verbLast?: boolean;
    /** Whether a date that opens a main clause stays in its title, since the verb follows it (German). */
    verbSecond?: boolean;
    /** Articles that before a preposition are relative pronouns ("der im Frühjahr beginnen soll"). */
    pronouns?: string;
  };
  mention: MentionWords;
  /** Verbs after which a bare year is the time of its clause, as "in 1923" is: "Das Werk wurde 1923 eröffnet". */
  yearVerbs?: string;
  /**
   * Words that refer back to the time of a history passage ("damals", "entonces", "à l'époque"): a date
   * after one in its clause goes on with the passage, as one opening its sentence does.
   */
  then?: string;
}
