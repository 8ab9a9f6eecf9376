// `npm start`: serves the demo (TypeScript compiled on the fly, packages resolved from node_modules;
// nothing from a CDN) and prints its address.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { typescriptSources } from './typescript-sources.mjs';

const server = await startDevServer({
  config: {
    rootDir: new URL('..', import.meta.url).pathname,
    port: Number(process.env.PORT) || 8000,
    nodeResolve: true,
    middleware: [typescriptSources],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('../tsconfig.json', import.meta.url).pathname })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`news-timeline demo: http://localhost:${server.config.port}/demo/`);
