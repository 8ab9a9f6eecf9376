/**
 * A value the user got wrong is repeated in the error only as far as it helps: a megabyte passed as
 * `--published` (or as a command or option) gives one short line naming its start and its length.
 */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/errors.js';
import { publishedFromOption } from '../../src/cli/published.js';

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error('expected a UsageError');
}

const LONG = 200_000;

describe('long values in CLI errors', () => {
  it.each([
    ['--published', () => publishedFromOption(`2022-02-16${'x'.repeat(LONG)}`), '"2022-02-16xxxx'],
    ['a command', () => parseCommand([`e${'x'.repeat(LONG)}`]), '"exxxx'],
    ['an option', () => parseCommand(['extract', `--${'o'.repeat(LONG)}`]), '"--oooo'],
    ['--format', () => parseCommand(['extract', '--format', `j${'s'.repeat(LONG)}`]), '"jsss'],
  ])('quote the start of %s and give its length', (_name, action, start) => {
    const message = messageOf(action);
    expect(message.length).toBeLessThan(300);
    expect(message).toContain(start);
    expect(message).toMatch(/\u2026 \(\d{6} characters\)/);
  });

  it('still quote a short value whole', () => {
    expect(messageOf(() => publishedFromOption('2022-02-30'))).toContain('"2022-02-30":');
    expect(messageOf(() => parseCommand(['extarct']))).toContain('unknown command "extarct"');
  });
});
