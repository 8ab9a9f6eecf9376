import { parseArgs } from 'node:util';
import { quoteValue } from '../model/quoted-value.js';
import { isLanguageChoice, LANGUAGE_CHOICES } from './article-language.js';
import { UsageError } from './errors.js';

export type OutputFormat = 'json' | 'ndjson' | 'html';

const FORMATS: readonly OutputFormat[] = ['json', 'ndjson', 'html'];

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'extract';
      /** One article per file; `-` is standard input. Several make one story (see buildStory). */
      files: string[];
      published?: string;
      format: OutputFormat;
      /** `--lang`: a supported BCP 47 tag or `auto`; without it, a page's own language, else English. */
      lang?: string;
    }
  | {
      /** `extract --jsonl`: one article per input line, one event per output line (see jsonl.ts). */
      kind: 'jsonl';
      /** `-` is standard input. */
      file: string;
      /** Print the story of all the records (buildStory) instead of each record's events. */
      merge: boolean;
      /** Worker threads; default one per core. */
      workers?: number;
      /** `--lang`, for the records that carry no "lang" of their own. */
      lang?: string;
    };

const OPTIONS = {
  published: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  jsonl: { type: 'boolean' },
  merge: { type: 'boolean' },
  workers: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type OptionName = keyof typeof OPTIONS;

interface RawArgs {
  values: Partial<Record<OptionName, string | true>>;
  positionals: string[];
  /** The first mistake, reported only if the user did not ask for help. */
  problem?: string;
}

const TRY_HELP = "(try 'news-timeline --help')";

/** Reads the command line (without `node` and the script). Throws {@link UsageError}. */
export function parseCommand(argv: readonly string[]): Command {
  const raw = readArgs(argv);
  // Asking for help is never an error, whatever else is on the line.
  if (raw.values.help) return { kind: 'help' };
  if (raw.problem !== undefined) throw new UsageError(`${raw.problem} ${TRY_HELP}`);
  if (raw.values.version) return { kind: 'version' };
  return extractCommand(raw);
}

function readArgs(argv: readonly string[]): RawArgs {
  // Not strict: parseArgs' own messages run long and suggest `--` tricks, so options are checked here.
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const raw: RawArgs = { values: {}, positionals: [] };
  const fail = (problem: string): void => {
    raw.problem ??= problem;
  };
  for (const token of tokens) {
    if (token.kind === 'positional') raw.positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (!isOptionName(token.name)) {
      fail(`unknown option ${quoteValue(token.rawName)}`);
    } else if (OPTIONS[token.name].type === 'boolean') {
      if (token.value !== undefined) fail(`option ${token.rawName} takes no value`);
      raw.values[token.name] = true;
    } else if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
      // `--published --format json` would otherwise read "--format" as the date.
      fail(`option ${token.rawName} needs a value`);
    } else {
      raw.values[token.name] = token.value;
    }
  }
  return raw;
}

function isOutputFormat(format: unknown): format is OutputFormat {
  return FORMATS.includes(format as OutputFormat);
}

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

function extractCommand(raw: RawArgs): Command {
  const [command, ...named] = raw.positionals;
  if (command === undefined) throw new UsageError(`missing command ${TRY_HELP}`);
  if (command !== 'extract') throw new UsageError(`unknown command ${quoteValue(command)} ${TRY_HELP}`);
  const files = named.length > 0 ? named : ['-'];
  const { lang } = raw.values;
  if (typeof lang === 'string' && !isLanguageChoice(lang)) throw new UsageError(`unsupported --lang ${quoteValue(lang)}: the languages read are ${LANGUAGE_CHOICES}`);
  const language = typeof lang === 'string' ? { lang } : {};
  if (raw.values.jsonl) return { ...jsonlCommand(raw, files), ...language };
  if (raw.values.merge || raw.values.workers !== undefined) throw new UsageError(`--merge and --workers go with --jsonl ${TRY_HELP}`);
  if (files.filter((file) => file === '-').length > 1) throw new UsageError(`standard input (-) can be read only once ${TRY_HELP}`);
  const repeated = files.find((file, index) => files.indexOf(file) !== index);
  if (repeated !== undefined) throw new UsageError(`${quoteValue(repeated)} is named twice`);
  const { published, format = 'json' } = raw.values;
  if (!isOutputFormat(format)) throw new UsageError(`--format must be json, ndjson or html, got ${quoteValue(format)}`);
  return { kind: 'extract', files, format, ...(typeof published === 'string' ? { published } : {}), ...language };
}

function jsonlCommand(raw: RawArgs, files: readonly string[]): Extract<Command, { kind: 'jsonl' }> {
  if (files.length > 1) throw new UsageError(`--jsonl reads one FILE of records, got ${files.length} ${TRY_HELP}`);
  if (raw.values.published !== undefined) throw new UsageError('--jsonl takes each record\'s own "published", not --published');
  if (raw.values.format !== undefined) throw new UsageError('--jsonl always writes NDJSON: one event per line');
  const workers = raw.values.workers === undefined ? undefined : Number(raw.values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 256)) {
    throw new UsageError(`--workers must be a whole number from 1 to 256, got ${quoteValue(String(raw.values.workers))}`);
  }
  return { kind: 'jsonl', file: files[0]!, merge: raw.values.merge === true, ...(workers === undefined ? {} : { workers }) };
}
