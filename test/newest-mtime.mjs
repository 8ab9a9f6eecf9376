// When a file or folder last changed: the newest modification time of anything under it. Tests use it
// to build dist/ only when the sources are newer.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}
