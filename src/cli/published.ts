import { formatDay, type CalendarDate } from '../model/calendar.js';
import { parsePublished } from '../model/publication.js';
import { quoteValue } from '../model/quoted-value.js';
import { findPublicationDate, HEAD_LENGTH, mostRecentDateline } from './dateline.js';
import { UsageError } from './errors.js';

export interface Published {
  /** 'YYYY-MM-DD', as printed. */
  day: string;
  /** What the parser is given: the user's own value, so a time and offset in it are not lost. */
  value: string;
}

/** Checks `--published` before any input is read, so a typo fails at once. Throws {@link UsageError}. */
export function publishedFromOption(value: string): Published {
  try {
    return { day: formatDay(parsePublished(value)), value };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new UsageError(
      `invalid --published value ${quoteValue(value)}: expected YYYY-MM-DD or an ISO date-time with offset such as 2022-02-16T23:30:00-05:00`,
    );
  }
}

/**
 * The date from the article's dateline or byline; failing those, a dateline without a year is the most
 * recent such day not after `today`, which `note` says. Throws {@link UsageError} when there is none.
 */
export function publishedFromText(text: string, today: CalendarDate): Published & { note?: string } {
  const day = findPublicationDate(text);
  if (day !== undefined) return { day, value: day };
  const recent = mostRecentDateline(text, today);
  if (recent === undefined) {
    throw new UsageError(
      `no publication date found in the first ${HEAD_LENGTH} characters (no dateline or byline date); pass --published YYYY-MM-DD`,
    );
  }
  const read = formatDay(recent);
  return { day: read, value: read, note: `the dateline gives no year: read as ${read}, the most recent such day (pass --published to set it)` };
}

/** The machine's own calendar day: what "the most recent" dateline is counted back from. */
export function localToday(now = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
