// `npm start`: serves the demo on loopback and prints its address. HOST shares it (HOST=0.0.0.0 for
// every interface), PORT picks the port (default 8000; the next free one when it is taken). Problems
// are one line on stderr, never a stack trace.
import { startDemoServer } from './demo-server.mjs';

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

const host = process.env.HOST || '127.0.0.1';
const asked = process.env.PORT ? Number(process.env.PORT) : 8000;
if (!Number.isInteger(asked) || asked < 0 || asked > 65535) fail(`PORT must be a port number (0-65535), got ${JSON.stringify(process.env.PORT)}`);

try {
  const demo = await startDemoServer({ host, port: asked });
  if (asked !== 0 && demo.port !== asked) console.log(`port ${asked} is in use; using ${demo.port}`);
  const shared = host === '127.0.0.1' || host === '::1' || host === 'localhost' ? '' : ` (shared on ${host}: other machines can reach it)`;
  console.log(`news-timeline demo: ${demo.url}${shared}`);
  const stop = () => demo.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  fail(error.message);
}
