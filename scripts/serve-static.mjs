// Serves a production build (dist/) as plain static files, under a sub-path, as a static host
// would (see static-server.mjs).
//
//   node scripts/serve-static.mjs [--port 4173] [--base /gsp-status/] [--dir dist]
import { resolve } from 'node:path';
import { startServer } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 4173));
const base = option('base', '/gsp-status/');
const root = resolve(option('dir', 'dist'));

const { origin } = await startServer({ [base]: root }, { port });
console.log(`Serving ${root} at ${origin}${base}`);
