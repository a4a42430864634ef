/**
 * npm run preview — serves the built dist/ at http://127.0.0.1:4173/ as the browser tests see it
 * (scripts/lib/serve.ts): the CSP and CORS headers, the text files' charset, a 404 for a missing
 * file and a folder's URL redirected to its slash.
 */
import { serve } from './lib/serve.ts';

const served = await serve(undefined, { port: 4173 });
console.log(`preview: ${served.url} (Ctrl-C to stop)`);
