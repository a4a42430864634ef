/**
 * npm run desk [-- --port N] — the editor's desk: a local page where an editor adds a report, marks
 * its figures and sees what the page will say before publishing (README, "Adding a source"). It
 * serves on 127.0.0.1 only, with a token made for this run; its page (src/desk/) and API
 * (scripts/lib/desk/) are never part of `npm run build`.
 */
import { parseArgs } from 'node:util';
import { startDesk } from './lib/desk/server.ts';
import { ROOT } from './lib/load.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5175' },
    /** Where `npm run dev` shows the story, for the link to the first step touched. */
    'dev-url': { type: 'string', default: 'http://127.0.0.1:5173/' },
  },
});
const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535) {
  console.error(`desk: --port must be a port number, got "${values.port}"`);
  process.exit(1);
}
const desk = await startDesk(ROOT, port, values['dev-url']);
console.log(`desk: ${desk.url}`);
