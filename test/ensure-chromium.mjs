// Finds the Chromium the browser tests launch. CI and a fresh machine may have none: then, as root on
// Debian or Ubuntu, it installs the distribution's package with apt-get (never a browser build from
// anywhere else) and looks again. Prints the path it uses; exits 1 with one line when there is none.
//   node test/ensure-chromium.mjs          (or import { ensureChromium } from it)
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * How every headless Chromium of this repository starts (tests, benchmark, docs screenshot): no sandbox
 * (root in containers), no GPU, and none of the background connections a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first usable Chromium: CHROME_PATH when set (an explicit choice is never silently replaced), else a system path. */
function findChromium() {
  const chosen = process.env.CHROME_PATH;
  if (chosen) return isExecutable(chosen) ? chosen : undefined;
  return SYSTEM_PATHS.find(isExecutable);
}

function isDebianLike() {
  if (existsSync('/etc/debian_version')) return true;
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

function run(command, args, env = process.env) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function installWithApt() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return run('apt-get', ['update'], env) && run('apt-get', ['install', '-y', 'chromium'], env);
}

/** Returns the Chromium path to use, installing Debian's package when possible; exits 1 when there is none. */
export function ensureChromium() {
  let path = findChromium();
  if (!path && process.env.CHROME_PATH) {
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file; unset it or point it at Chromium.`);
    process.exit(1);
  }
  let tried = false;
  if (!path) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && isDebianLike()) {
      console.log(`No Chromium at ${SYSTEM_PATHS.join(' or ')}; installing Debian's chromium package.`);
      installWithApt();
      tried = true;
      path = findChromium();
    }
  }
  if (!path) {
    console.error(
      tried
        ? `Chromium still not found at ${SYSTEM_PATHS.join(' or ')} after apt-get install chromium; install it by hand or set CHROME_PATH.`
        : `Chromium not found at ${SYSTEM_PATHS.join(' or ')} and not installable here (needs root on Debian/Ubuntu); install it or set CHROME_PATH.`,
    );
    process.exit(1);
  }
  console.log(`Chromium: ${path}`);
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureChromium();
