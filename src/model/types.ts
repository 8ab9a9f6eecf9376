/** How precisely the text pins an event down. */
export type Granularity = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'time';

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
  /** TIMEX3-style value at the precision the text gives: `2014`, `2022-Q1`, `2022-02`, `2022-W06`, `2022-02-15`, `2022-02-15T09:00`. */
  date: string;
  /** End of a range ("from Monday to Wednesday"), in the same form as `date`. */
  end?: string;
  granularity: Granularity;
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
}
