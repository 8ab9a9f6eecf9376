import { SUPPORTED_LANGUAGES } from '../parser/locale.js';
import { HEAD_LENGTH } from './dateline.js';

export const HELP = `Usage: news-timeline extract [FILE|-]... [--published DATE] [--lang LANG]
                            [--format FORMAT]
       news-timeline extract --jsonl [FILE|-] [--lang LANG] [--merge]
                            [--workers N]
       news-timeline --help | --version

Finds the dated events in a news article and prints them as JSON, each date
resolved against the article's publication date, or as a web page showing them
on an interactive timeline.

Arguments:
  FILE                  the article as UTF-8 text, or a web page (.html, or
                        text that opens with <!doctype html> or <html>): its
                        article is read as a browser's reader view would, and
                        the json output then holds that "text", which the
                        offsets are into; omitted or - reads standard
                        input. Several FILEs are one story told by several
                        articles: an event they tell alike is one event, with
                        each article (its file name) among its sources; the
                        json output is { "articles": [ { "id", "published" } ],
                        "events": [ ... ] }; html shows each article

Options:
  --published DATE      publication date (of every FILE): YYYY-MM-DD, or an
                        ISO date-time with offset whose own calendar date
                        counts (2022-02-16T23:30:00-05:00 is 2022-02-16).
                        Without it, a web page's date is its metadata
                        (article:published_time, JSON-LD datePublished, the
                        article's <time datetime>); else each FILE's date is
                        read from a dateline or byline in the first
                        ${HEAD_LENGTH} characters:
                          KYIV, Feb. 16, 2022 (AP) -
                          Published Feb. 16, 2022
                          Updated 10:32 AM EST, Wed February 16, 2022
                          February 16, 2022            (alone on its line)
                          Published: 2022-02-16
                        A dateline without a year ("WASHINGTON, Feb. 16
                        (Reuters) -") takes the year of a byline date near
                        the top; without one it is the most recent such day
                        not after today, which a note on standard error says.
  --lang LANG|auto      the language of every FILE: ${SUPPORTED_LANGUAGES.join(', ')}
                        (default en), as a BCP 47 tag (pt-BR reads as pt).
                        Without it, a web page is read in its own
                        <html lang>. auto tells each FILE's language from its
                        text (franc-min); a language detected, or a page's,
                        that is not one of these is read as English, which
                        a note on standard error says.
  --format json|ndjson|html
                        json (default): one object, indented by 2 spaces:
                          { "published": "YYYY-MM-DD", "events": [ ... ] }
                        ndjson: one event object per line and nothing else (no
                        "published"; no events prints nothing).
                        html: one standalone page (about 200 KB) with the
                        article, the JSON object and the <news-timeline>
                        element inline; it needs no network or server.
  --jsonl               an archive: one JSON record per line,
                          { "id", "text" | "html", "published"?, "lang"?,
                            "url"?, "source"? }
                        (a record without "published" is dated by its page
                        metadata or dateline; its "lang", a LANG or auto,
                        wins over --lang); prints one event per line,
                        tagged "article": id, in input order. A bad record is
                        reported on standard error as "line N: reason" and
                        skipped; the exit status is then 1. Runs on every
                        core, and reads no faster than it writes, so it can
                        be a filter of a batch engine (split input, join
                        output: the same lines).
  --merge               with --jsonl: print the story of all the records
                        (one event per line, with its sources) instead
  --workers N           with --jsonl: worker threads (default: one per core)
  -h, --help            print this help and exit
  --version             print the version and exit

Each event has: id, date (2022-02-15, 2022-02, 2022-Q1, 2022-W07,
2022-02-15T09:00, ...), end (ranges only), granularity, part (a day's
morning, afternoon, evening or night, when the text names it), expression
and sentence ({ text, start, end } offsets into the input), title, and
relation (past, present or future, relative to the publication date).

Exit status:
  0  success
  1  unexpected internal error, or (--jsonl) a record that was skipped
  2  usage or input error: unknown command or option, invalid --published,
     unsupported --lang, unreadable FILE, or no --published and no
     dateline/byline date found
  Errors are reported as one line on standard error; nothing goes to
  standard output.

Examples:
  news-timeline extract article.txt --published 2022-02-16
  news-timeline extract article.txt --published 2022-02-16T23:30:00-05:00
  curl -s https://example.com/story.txt | news-timeline extract --format ndjson
  news-timeline extract - < article.txt | jq '.events[].date'
  news-timeline extract articulo.txt --lang es --published 2022-02-16
  news-timeline extract --lang auto < article.txt
  news-timeline extract article.txt --format html > timeline.html
  news-timeline extract monday.txt tuesday.txt wire.txt > story.json
  curl -s https://example.com/story.html | news-timeline extract
  news-timeline extract --jsonl archive.jsonl > events.ndjson
`;
