// The demo server as an attacker on the same network or machine would try it, on loopback only: these
// tests never connect to any other address. test/ship/start.test.ts runs it through `npm start`.
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the demo, without type declarations
import { startDemoServer } from '../../demo/demo-server.mjs';
// @ts-expect-error: a plain .mjs module of the demo, without type declarations
import { isServedPath } from '../../demo/served-paths.mjs';

interface Demo {
  server: import('node:http').Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

let demo: Demo;

beforeAll(async () => {
  demo = await startDemoServer({ port: 0 });
}, 30_000);

afterAll(() => demo?.close());

/** GET of a raw path, sent as written: fetch() would resolve `..` and re-encode it first. */
function statusOf(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request({ host: '127.0.0.1', port: demo.port, path, method: 'GET' }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    call.on('error', reject);
    call.end();
  });
}

describe('the demo server', () => {
  it('listens on loopback only by default, and says so in its URL', () => {
    const address = demo.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(demo.url).toBe(`http://127.0.0.1:${demo.port}/demo/`);
  });

  it.each([
    ['/demo/', 200],
    ['/demo/demo.ts', 200],
    ['/demo/examples/weekend-edition.txt', 200],
    ['/src/element/define.js', 200],
    ['/node_modules/lit/index.js', 200],
  ])('serves the demo and what it imports: %s is %i', async (path, status) => {
    expect(await statusOf(path)).toBe(status);
  });

  it.each([
    '/__wds-outside-root__/1/etc/passwd',
    '/__wds-outside-root__/8/etc/passwd',
    '/__wds-outside-root__/0/.git/config',
    '/__wds-outside-root__/1/main/.git/config',
    '/.git/config',
    '/.git/HEAD',
    '/.ci/run',
    '/.gitignore',
    '/demo/../.git/config',
    '/demo/../../../../etc/passwd',
    '/src/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/demo/..%2f..%2f..%2fetc%2fpasswd',
    '/demo/%2e%2e%5c%2e%2e%5cetc%5cpasswd',
    '/node_modules/.package-lock.json',
    '/demo//etc/passwd',
    '/demo/%00.txt',
    '/demo/%E0%A4%A',
    '/package.json',
    '/test/fixtures/russia-troops-2022-02-16.txt',
    '/etc/passwd',
  ])('answers 404 for %s, a path outside what the demo serves', async (path) => {
    expect(await statusOf(path)).toBe(404);
  });

  it.each(['/', '/demo'])('sends %s to the demo', async (path) => {
    expect(await statusOf(path)).toBe(302);
  });

  it('takes the next free port when the one asked for is in use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      const next = (await startDemoServer({ port: taken })) as Demo;
      try {
        expect(next.port).toBeGreaterThan(taken);
        expect(next.port).toBeLessThanOrEqual(taken + 20);
        expect(next.url).toBe(`http://127.0.0.1:${next.port}/demo/`);
      } finally {
        await next.close();
      }
    } finally {
      blocker.close();
    }
  }, 30_000);
});

describe('isServedPath', () => {
  it.each(['/demo/', '/demo/index.html', '/src/parser/index.ts', '/node_modules/d3-zoom/src/zoom.js', '/__web-dev-server__web-socket.js'])(
    'accepts %s',
    (path) => expect(isServedPath(path)).toBe(true),
  );
  it.each(['', 'demo/', '/', '/demo', '/dist/index.js', '/demo/./x', '/demo/a/../b', '/src/.hidden', '/demo/a\\b', '/%zz'])(
    'refuses %j',
    (path) => expect(isServedPath(path)).toBe(false),
  );
});
