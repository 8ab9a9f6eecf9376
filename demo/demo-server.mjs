// The demo's web server, for `npm start` and `npm run docs:screenshot`: @web/dev-server compiles the
// TypeScript and resolves packages from node_modules (nothing from a CDN), behind our own HTTP server
// so that it listens where we say. @web/dev-server listens on every interface when told "localhost" or
// "127.0.0.1", so it runs in middleware mode and never opens a socket itself.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { isServedPath } from './served-paths.mjs';
import { typescriptSources } from './typescript-sources.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** How many ports after the asked one are tried when it is taken. */
const PORT_ATTEMPTS = 20;

/** Koa middleware: 404 for every path the demo does not serve, before any file is looked up. */
function onlyServedPaths(context, next) {
  if (context.path === '/' || context.path === '/demo') {
    context.redirect('/demo/');
    return undefined;
  }
  if (!isServedPath(context.path)) {
    context.status = 404;
    context.body = 'Not found';
    return undefined;
  }
  return next();
}

/** Listens on `host`:`port`, or on the next free port of PORT_ATTEMPTS when that one is taken. */
function listen(server, host, port) {
  return new Promise((resolve, reject) => {
    let attempt = 0;
    const tryPort = () => {
      const onError = (error) => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE' && port !== 0 && attempt + 1 < PORT_ATTEMPTS) {
          attempt++;
          tryPort();
        } else if (error.code === 'EADDRINUSE') {
          reject(new Error(`ports ${port} to ${port + attempt} on ${host} are all in use (set PORT to another one)`));
        } else {
          reject(new Error(`cannot listen on ${host}:${port + attempt}: ${error.code ?? error.message}`));
        }
      };
      const onListening = () => {
        server.off('error', onError);
        resolve(server.address().port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(port === 0 ? 0 : port + attempt, host);
    };
    tryPort();
  });
}

/**
 * Starts the demo server on `host` (loopback unless told otherwise) and `port` (the next free one when
 * taken; 0 for any). Resolves to the bound port, the demo's URL and a `close()`.
 */
export async function startDemoServer({ host = '127.0.0.1', port = 8000 } = {}) {
  const devServer = await startDevServer({
    config: {
      rootDir: ROOT,
      port,
      middlewareMode: true,
      injectWebSocket: false,
      nodeResolve: true,
      middleware: [onlyServedPaths, typescriptSources],
      plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${ROOT}tsconfig.json` })],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const server = createServer(devServer.koaApp.callback());
  let boundPort;
  try {
    boundPort = await listen(server, host, port);
  } catch (error) {
    await devServer.stop();
    throw error;
  }
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    port: boundPort,
    url: `http://${urlHost}:${boundPort}/demo/`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await devServer.stop();
    },
  };
}
