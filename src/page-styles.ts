/**
 * The story page's stylesheets in dev. App and its static components are rendered on the server
 * only, so no script of the page imports them. The build takes their CSS from its server render
 * (scripts/build.ts); `npm run dev` loads this module into the page for the same styles.
 */
import './app.css';
import 'virtual:palette.css';
import './App.svelte';
