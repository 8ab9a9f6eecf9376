import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { UsageError, oneLine } from './errors.js';

// A UTF-16 code unit takes at most 3 bytes of UTF-8 (a 4-byte character is 2 units), so more bytes than
// this can never decode to an acceptable text and reading can stop early.
const MAX_BYTES_PER_CHAR = 3;

/**
 * The text of FILE, or of standard input for `-`. The byte-order mark is kept so that event offsets match
 * what `readFileSync(file, 'utf8')` gives a library user. Input over `maxChars` UTF-16 code units is
 * refused, and reading stops as soon as that is certain, so a huge file or endless pipe cannot fill memory.
 * Throws {@link UsageError}.
 */
export async function readInput(file: string, stdin: Readable, maxChars: number): Promise<string> {
  const name = file === '-' ? 'standard input' : JSON.stringify(file);
  const tooLong = new UsageError(`${name} is too long: the limit is ${maxChars} characters`);
  const stream = file === '-' ? stdin : createReadStream(file);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    // Leaving the loop early (throw) destroys the stream, closing the file.
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > maxChars * MAX_BYTES_PER_CHAR) throw tooLong;
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${name}: ${describeReadError(error)}`);
  }
  // Decoding once, after joining, keeps a character split across chunks whole.
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.length > maxChars) throw tooLong;
  return text;
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return READ_ERRORS[code] ?? oneLine(error);
}
