import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/errors.js';

describe('parseCommand', () => {
  it('reads extract with its defaults: standard input, json, no --published', () => {
    expect(parseCommand(['extract'])).toEqual({ kind: 'extract', files: ['-'], format: 'json' });
  });

  it('reads FILE and options in any order, with = or a separate value', () => {
    expect(parseCommand(['--format=ndjson', 'extract', '--published', '2022-02-16', 'a.txt'])).toEqual({
      kind: 'extract',
      files: ['a.txt'],
      published: '2022-02-16',
      format: 'ndjson',
    });
  });

  it('reads a FILE that starts with a dash after --', () => {
    expect(parseCommand(['extract', '--', '-notes.txt'])).toMatchObject({ files: ['-notes.txt'] });
  });

  it('reads several FILEs, one article each, standard input among them', () => {
    expect(parseCommand(['extract', 'a.txt', '-', 'b.txt'])).toMatchObject({ files: ['a.txt', '-', 'b.txt'] });
  });

  it('lets help win over everything else, mistakes included', () => {
    for (const argv of [['--help'], ['-h'], ['extract', '--help'], ['bogus', '--nope', '-h'], ['--version', '--help']]) {
      expect(parseCommand(argv)).toEqual({ kind: 'help' });
    }
  });

  it('reads --version', () => {
    expect(parseCommand(['--version'])).toEqual({ kind: 'version' });
  });

  it.each([
    [[], 'missing command'],
    [['timeline'], 'unknown command "timeline"'],
    [['extract', '--nope'], 'unknown option "--nope"'],
    [['extract', '-p', '2022-02-16'], 'unknown option "-p"'],
    [['extract', '--published'], 'option --published needs a value'],
    [['extract', '--published', '--format', 'json'], 'option --published needs a value'],
    [['extract', '--format'], 'option --format needs a value'],
    [['extract', '--format', 'csv'], '--format must be json, ndjson or html, got "csv"'],
    [['extract', '--version=2'], 'option --version takes no value'],
    [['extract', '-', 'a.txt', '-'], 'standard input (-) can be read only once'],
    [['extract', 'a.txt', 'b.txt', 'a.txt'], '"a.txt" is named twice'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
