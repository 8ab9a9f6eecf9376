import { readFileSync } from 'node:fs';

/**
 * The version in the package's own package.json. Read at run time rather than compiled in, so a build can
 * never report a version other than the one installed; the path is the same from src/cli and dist/cli.
 */
export function readVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string') {
    return manifest.version;
  }
  throw new Error('package.json has no version');
}
