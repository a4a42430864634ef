/** Client entry: hydrates the prerendered page (or mounts it, if there is nothing to hydrate). */
import { hydrate, mount } from 'svelte';
import { ledger, story, scenes } from 'virtual:content';
import App from './App.svelte';
import { readParams } from './lib/embed/params.ts';
import { pinnedScene } from './lib/scene/resolve.ts';
import { setTheme } from './lib/theme.svelte.ts';
import './app.css';
import 'virtual:palette.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// The page's one reading of its URL; components get the typed result.
const params = readParams(location.search, ledger, story.steps);
// Before hydration, so every component starts in the right theme and at the right step.
setTheme(params.theme);
if (params.step) document.getElementById(`step-${params.step}`)?.scrollIntoView({ block: 'center' });

// ?view= (and &flows=) pick the scene the map is pinned to, here where the URL is read.
const props = { ledger, story, scenes, pin: pinnedScene(scenes, params.pinned) };
if (target.firstElementChild) hydrate(App, { target, props });
else mount(App, { target, props });
// Tests and embeds wait on this: the page is interactive.
document.documentElement.dataset.hydrated = 'true';
