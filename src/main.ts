/** Client entry: hydrates the prerendered page (or mounts it, if there is nothing to hydrate). */
import { hydrate, mount } from 'svelte';
import { ledger, story, scenes } from 'virtual:content';
import App from './App.svelte';
import { applyTheme, readParams } from './lib/embed/params.ts';
import './app.css';
import 'virtual:palette.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// Before hydration, so every component starts in the right theme and at the right step.
const params = readParams(location.search, ledger, story.steps);
applyTheme(document.documentElement, params.theme);
if (params.step) document.getElementById(`step-${params.step}`)?.scrollIntoView({ block: 'center' });

const props = { ledger, story, scenes };
if (target.firstElementChild) hydrate(App, { target, props });
else mount(App, { target, props });
// Tests and embeds wait on this: the page is interactive.
document.documentElement.dataset.hydrated = 'true';
