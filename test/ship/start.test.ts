// `npm start` as the README gives it: the demo server starts, prints its address, and serves the page,
// its TypeScript compiled and its packages resolved locally. test/demo/demo-page.test.ts uses the page.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/build.js';

let server: ChildProcess | undefined;
let port = 0;
let address = '';
let output = '';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  port = await freePort();
  // Its own process group, so that stopping it stops the node process npm started too.
  server = spawn('npm', ['start'], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no address in 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const printed = /http:\/\/[^\s/]+:\d+\/demo\//.exec(output);
      if (printed) {
        clearTimeout(timer);
        resolve(printed[0]);
      }
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}, 40_000);

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

/** Runs the server script as `npm start` does (without npm's own banner), until `until` appears in its output, then stops it. */
function runStart(env: Record<string, string>, until: RegExp): Promise<{ output: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'demo', 'serve.mjs')], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`no ${until} in 30 s:\n${text}`));
    }, 30_000);
    const done = () => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      resolve({ output: text });
    };
    const read = (chunk: Buffer) => {
      text += chunk.toString();
      if (until.test(text)) done();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', done);
  });
}

describe('npm start', () => {
  it('prints the address of the demo, on loopback and the port asked for', () => {
    expect(address).toBe(`http://127.0.0.1:${port}/demo/`);
  });

  it('takes the next port when the asked one is taken, saying so in one line', async () => {
    const second = await runStart({ PORT: String(port) }, /news-timeline demo: \S+/);
    const lines = second.output.trim().split('\n');
    const next = Number(/^port \d+ is in use; using (\d+)$/.exec(lines[0] ?? '')?.[1]);
    expect(lines, second.output).toEqual([`port ${port} is in use; using ${next}`, `news-timeline demo: http://127.0.0.1:${next}/demo/`]);
    expect(next).toBeGreaterThan(port);
  }, 40_000);

  it('refuses a PORT that is not a port in one line, without a stack trace', async () => {
    const bad = await runStart({ PORT: '80x' }, /npm start: .*/);
    expect(bad.output).toContain('npm start: PORT must be a port number (0-65535), got "80x"');
    expect(bad.output).not.toMatch(/\n\s+at /);
  }, 40_000);

  it('serves the seed article inside <news-timeline published="2022-02-16">, with nothing from a CDN', async () => {
    const response = await fetch(address);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<news-timeline published="2022-02-16">');
    expect(html).toContain('Russia says it is returning more troops to bases');
    expect(html.match(/(?:src|href)="[^"]*"/g)?.filter((link) => /\/\/|^(?:src|href)="https?:/.test(link)) ?? []).toEqual([]);
  });

  // Each file's TypeScript-only words, which the served JavaScript must no longer have.
  it.each([
    ['demo.ts', 'demo/demo.ts', '<HTMLTextAreaElement>'],
    ['../src/element/define.js', 'src/element/define.ts', 'interface HTMLElementTagNameMap'],
    ['../src/element/extract-worker.js', 'src/element/extract-worker.ts', 'satisfies ExtractResponse'],
  ])('serves %s compiled to JavaScript', async (path, source, typescriptOnly) => {
    expect(readFileSync(join(ROOT, source), 'utf8'), source).toContain(typescriptOnly);
    const response = await fetch(new URL(path, address));
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type'), path).toMatch(/javascript/);
    const served = await response.text();
    expect(served, path).toMatch(/\bimport\b/);
    expect(served, path).not.toContain(typescriptOnly);
  });
});
