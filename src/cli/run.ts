import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { DEFAULT_MAX_LENGTH } from '../parser/limits.js';
import { parseCommand, type Command } from './args.js';
import { UsageError, oneLine } from './errors.js';
import { HELP } from './help.js';
import { formatHtml, readBrowserBundle } from './html-output.js';
import { formatOutput, formatStory } from './output.js';
import { readArticleInput, type ArticleInput } from './article-input.js';
import { localToday, publishedFromOption } from './published.js';
import { readVersion } from './version.js';

/** What the CLI touches of the process, so that it can run in-process under test. */
export interface CliIO {
  stdin: Readable;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether standard error is a terminal (progress is shown there then). */
  progress?: boolean;
  /** Resolves once standard output has room again: an archive is read no faster than it is written. */
  drain?: () => Promise<void>;
}

export type ExitCode = 0 | 1 | 2;

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  try {
    const command = parseCommand(argv);
    // An archive is written as it is read; one that fails partway has written the records before.
    if (command.kind === 'jsonl') {
      const { runJsonl } = await import('./jsonl.js');
      return await runJsonl(command, { ...io, progress: io.progress ?? false, drain: io.drain ?? (async () => {}) });
    }
    // Output is built whole before any is written, so a failure leaves stdout empty.
    io.stdout(await execute(command, io));
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

async function execute(command: Exclude<Command, { kind: 'jsonl' }>, io: CliIO): Promise<string> {
  switch (command.kind) {
    case 'help':
      return HELP;
    case 'version':
      return `${readVersion()}\n`;
    case 'extract': {
      const fromOption = command.published === undefined ? undefined : publishedFromOption(command.published);
      const note = (message: string) => io.stderr(`news-timeline: note: ${message}\n`);
      const today = localToday();
      const inputs: ArticleInput[] = [];
      const options = { published: fromOption, lang: command.lang, today };
      for (const file of command.files) inputs.push(await readArticleInput(file, io.stdin, options, note, command.files.length > 1));
      // Loaded only to extract, so that `--help`, `--version` and usage errors start without chrono-node.
      if (command.files.length > 1) {
        const { buildStory } = await import('../story/index.js');
        const ids = articleIds(command.files);
        const story = buildStory(inputs.map(({ text, published, lang }, index) => ({ id: ids[index]!, text, published: published.value, lang })));
        const read = inputs.map(({ text, published }, index) => ({ id: ids[index]!, text, published: published.day }));
        if (command.format !== 'html') return formatStory(read.map(({ id, published }) => ({ id, published })), story, command.format);
        // The timeline's publication mark is the latest article's day.
        return formatHtml({ published: read.map(({ published }) => published).sort().at(-1)!, events: story, text: '', articles: read, bundle: readBrowserBundle() });
      }
      const [{ text, published, fromPage, lang }] = inputs as [ArticleInput];
      const { extractEvents } = await import('../parser/index.js');
      const events = extractEvents(text, { published: published.value, maxLength: DEFAULT_MAX_LENGTH, lang });
      if (command.format === 'html') return formatHtml({ published: published.day, events, text, bundle: readBrowserBundle() });
      return formatOutput(published.day, events, command.format, fromPage ? text : undefined);
    }
  }
}

/** Each file's article id: its base name ("monday.txt"), or the path as given when two share one. */
function articleIds(files: readonly string[]): string[] {
  const names = files.map((file) => (file === '-' ? 'stdin' : basename(file)));
  return names.map((name, index) => (names.indexOf(name) === names.lastIndexOf(name) ? name : files[index]!));
}
