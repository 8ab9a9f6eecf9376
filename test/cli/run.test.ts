import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { readInput } from '../../src/cli/input.js';
import { UsageError } from '../../src/cli/errors.js';
import { run } from '../../src/cli/run.js';
import { extractEvents } from '../../src/parser/index.js';

// Lets a test make the parser fail the way a bug would, to see the CLI report it as exit code 1.
const parser = vi.hoisted(() => ({ failWith: undefined as Error | undefined }));
vi.mock('../../src/parser/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/parser/index.js')>();
  return {
    ...actual,
    extractEvents: (...args: Parameters<typeof actual.extractEvents>) => {
      if (parser.failWith) throw parser.failWith;
      return actual.extractEvents(...args);
    },
  };
});

async function runWith(argv: string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdin: Readable.from([Buffer.from(input)]),
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('run', () => {
  it('reports an unexpected error as exit code 1 with one line and no output', async () => {
    parser.failWith = new Error('boom\n    at somewhere (parser.ts:1:1)');
    try {
      expect(await runWith(['extract', '--published', '2022-02-16'], 'text')).toEqual({
        code: 1,
        stdout: '',
        stderr: 'news-timeline: internal error: boom at somewhere (parser.ts:1:1)\n',
      });
    } finally {
      parser.failWith = undefined;
    }
  });

  it('gives the parser the text exactly as read, byte-order mark included', async () => {
    const text = '\uFEFFPublished Feb. 16, 2022\nRussia said on Wednesday that troops were leaving.';
    const result = await runWith(['extract'], text);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      published: '2022-02-16',
      events: JSON.parse(JSON.stringify(extractEvents(text, { published: '2022-02-16' }))),
    });
  });
});

describe('readInput', () => {
  it('joins chunks before decoding, so a character split between them survives', async () => {
    const bytes = Buffer.from('Kyiv – “troops”', 'utf8');
    const stdin = Readable.from([bytes.subarray(0, 6), bytes.subarray(6)]);
    expect(await readInput('-', stdin, 100)).toBe('Kyiv – “troops”');
  });

  it('refuses input over the limit', async () => {
    await expect(readInput('-', Readable.from([Buffer.from('12345')]), 4)).rejects.toThrow(
      new UsageError('standard input is too long: the limit is 4 characters'),
    );
  });

  it('stops reading a stream that cannot fit, without waiting for its end', async () => {
    const endless = new Readable({ read() { this.push(Buffer.alloc(1024, 'a')); } });
    await expect(readInput('-', endless, 1000)).rejects.toThrow(UsageError);
  });
});
