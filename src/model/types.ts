/** How precisely the text pins an event down. */
export type Granularity = 'year' | 'season' | 'quarter' | 'month' | 'week' | 'day' | 'time';

/** A part of a day, as TIMEX3 names them (`MO`, `AF`, `EV`, `NI`). */
export type DayPart = 'morning' | 'afternoon' | 'evening' | 'night';
/** Where an event lies relative to the article's publication date. */
export type Relation = 'past' | 'present' | 'future';

/** A span of the input: `input.slice(start, end) === text`. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** One dated event found in an article. */
export interface TimelineEvent {
  /** Stable for the same input. */
  id: string;
  /**
   * TIMEX3-style value at the precision the text gives: `2014`, `2022-SP` (a season: `SP`, `SU`, `FA`,
   * `WI`), `2022-Q1`, `2022-02`, `2022-W06`, `2022-02-15`, `2022-02-15T09:00`.
   */
  date: string;
  /** End of a range ("from Monday to Wednesday"), in the same form as `date`. */
  end?: string;
  granularity: Granularity;
  /**
   * For a day, the part of it the text names ("Tuesday evening", "hier soir", "esta mañana"): TIMEX3
   * would write `2022-02-15TEV`.
   */
  part?: DayPart;
  /** The date words as written. */
  expression: TextSpan;
  /** The sentence stating the event. */
  sentence: TextSpan;
  /** Short headline of the event from its clause, without the date words. */
  title: string;
  relation: Relation;
  /**
   * A link to the source, for events made elsewhere (the parser never sets it). The element links only
   * `http:` and `https:` addresses and shows any other as plain text.
   */
  url?: string;
  /**
   * For an event of a story of several articles (`buildStory`): the id of the article its `expression`
   * and `sentence` are in, the most precise of its sources and the earliest published of those, which
   * also gives its date and title.
   */
  article?: string;
  /** For an event of a story: every article that tells it, in publication order. */
  sources?: EventSource[];
}

/** One article's telling of an event of a story. */
export interface EventSource {
  /** The article's id (`StoryArticle.id`, else `a1`, `a2`, ... in the order given). */
  article: string;
  url?: string;
  /** The outlet ("Reuters"). */
  source?: string;
  /** The article's publication day, `YYYY-MM-DD`. */
  published: string;
  /** The date words and the sentence in that article's text. */
  expression: TextSpan;
  sentence: TextSpan;
  /** The event's date as that article gives it. */
  date: string;
}

/** One article of a story (`buildStory`). */
export interface StoryArticle {
  /** Unique among the story's articles; default `a1`, `a2`, ... in the order given. */
  id?: string;
  text: string;
  published: PublishedInput;
  url?: string;
  /** The outlet ("Reuters", "The Harlan Courier"). */
  source?: string;
  /** The article's language, as `ExtractOptions.lang` takes it (loaded first); default English. */
  lang?: string;
}

/**
 * A web page of a story (`buildStory` from `news-timeline/story` in Node): its article and publication
 * date are read as `readPage` reads them, and `published`, when given, wins over the page's own. The
 * events' offsets are then into the article text `readPage` gives.
 */
export interface StoryPage {
  id?: string;
  html: string;
  published?: PublishedInput;
  url?: string;
  source?: string;
  /** As `StoryArticle.lang`: the page's own `<html lang>` is not read here, since its grammar may not be loaded. */
  lang?: string;
}

/** A publication date: `YYYY-MM-DD`, an ISO date-time with offset, or a `Date` (read as UTC). */
export type PublishedInput = string | Date;

export interface ExtractOptions {
  published: PublishedInput;
  /**
   * Longest input accepted, in UTF-16 code units; longer input throws a `RangeError`. Default 5,000,000.
   * A non-negative integer, or `Infinity` for no limit; anything else throws (`TypeError` for a non-number,
   * `RangeError` for NaN, a negative number or a fraction).
   */
  maxLength?: number;
  /**
   * The article's language, a BCP 47 tag (`es`, `fr-CA`): `en` (the default), `es`, `fr`, `it`, `pt` or
   * `de`, each but English once its module is loaded (`import 'news-timeline/parser/es'`, or
   * `await import(...)` where it is needed). Any other, or one not loaded, throws a `RangeError`.
   */
  lang?: string;
}
