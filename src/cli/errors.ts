/**
 * A problem the user can fix (bad arguments, unreadable input, no publication date): reported as one
 * line on stderr with exit code 2, unlike internal errors.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** One line whatever the error holds, so stderr stays a single line a script can read. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim() || 'unknown error';
}
