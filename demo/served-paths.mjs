// What the demo server may answer: the demo, the sources it compiles and the packages they import,
// nothing else of the machine or the project (no .git, no dotfiles, no path that climbs out).
// @web/dev-server on its own serves `/__wds-outside-root__/N/...` from N folders above its root,
// which reaches any file on the machine, and every file under the root, .git included.
import { posix } from 'node:path';

const SERVED_FOLDERS = ['/demo/', '/src/', '/node_modules/'];
// The dev server's own client scripts, which it names itself.
const DEV_SERVER_PREFIX = '/__web-dev-server__';

/**
 * Whether a request's URL path (as sent, still percent-encoded) names a file the demo serves. A path
 * that does not decode, that holds a backslash or a NUL, that `..` or `//` would move, or that has a
 * segment starting with a dot is refused rather than resolved.
 */
export function isServedPath(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return false;
  }
  if (!path.startsWith('/') || /[\\\0]/.test(path) || posix.normalize(path) !== path) return false;
  if (path.split('/').some((segment) => segment.startsWith('.'))) return false;
  return path.startsWith(DEV_SERVER_PREFIX) || SERVED_FOLDERS.some((folder) => path.startsWith(folder));
}
