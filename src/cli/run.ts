import type { Readable } from 'node:stream';
import { DEFAULT_MAX_LENGTH } from '../parser/limits.js';
import { parseCommand, type Command, type OutputFormat } from './args.js';
import { UsageError, oneLine } from './errors.js';
import { HELP } from './help.js';
import { formatHtml, readBrowserBundle } from './html-output.js';
import { readInput } from './input.js';
import { formatOutput, formatStory } from './output.js';
import { publishedFromOption, publishedFromText, type Published } from './published.js';
import { readVersion } from './version.js';

/** What the CLI touches of the process, so that it can run in-process under test. */
export interface CliIO {
  stdin: Readable;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export type ExitCode = 0 | 1 | 2;

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  try {
    // Output is built whole before any is written, so a failure leaves stdout empty.
    io.stdout(await execute(parseCommand(argv), io.stdin));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`news-timeline: ${oneLine(error)}\n`);
      return 2;
    }
    io.stderr(`news-timeline: internal error: ${oneLine(error)}\n`);
    return 1;
  }
}

async function execute(command: Command, stdin: Readable): Promise<string> {
  switch (command.kind) {
    case 'help':
      return HELP;
    case 'version':
      return `${readVersion()}\n`;
    case 'extract': {
      const fromOption = command.published === undefined ? undefined : publishedFromOption(command.published);
      // Several files with --format html were refused by parseCommand.
      if (command.files.length > 1 && command.format !== 'html') return extractStory(command.files, fromOption, stdin, command.format);
      const text = await readInput(command.files[0]!, stdin, DEFAULT_MAX_LENGTH);
      const published = fromOption ?? publishedFromText(text);
      // Loaded only to extract, so that `--help`, `--version` and usage errors start without chrono-node.
      const { extractEvents } = await import('../parser/index.js');
      const events = extractEvents(text, { published: published.value, maxLength: DEFAULT_MAX_LENGTH });
      if (command.format === 'html') return formatHtml({ published: published.day, events, text, bundle: readBrowserBundle() });
      return formatOutput(published.day, events, command.format);
    }
  }
}

/**
 * Several files, one story: each file is an article (its id the file's name as given), dated by
 * `--published` or else by its own dateline or byline.
 */
async function extractStory(files: readonly string[], fromOption: Published | undefined, stdin: Readable, format: Exclude<OutputFormat, 'html'>): Promise<string> {
  const articles = [];
  for (const file of files) {
    const text = await readInput(file, stdin, DEFAULT_MAX_LENGTH);
    let published = fromOption;
    try {
      published ??= publishedFromText(text);
    } catch (error) {
      // Which of the files has no date.
      throw error instanceof UsageError ? new UsageError(`${file === '-' ? 'standard input' : JSON.stringify(file)}: ${error.message}`) : error;
    }
    articles.push({ id: file, text, published: published.value, day: published.day });
  }
  const { buildStory } = await import('../story/index.js');
  return formatStory(articles.map(({ id, day }) => ({ id, published: day })), buildStory(articles), format);
}
