/** Client entry of the embed pages: theme from the URL, pym.js child, hydration, embed-loaded. */
import { hydrate } from 'svelte';
import { ledger, story, scenes } from 'virtual:content';
import EmbedApp from './lib/embed/EmbedApp.svelte';
import { latestPerFrame, PymChild } from './lib/embed/pym.ts';
import { readParams } from './lib/embed/params.ts';
import { pinnedScene } from './lib/scene/resolve.ts';
import { setTheme } from './lib/theme.svelte.ts';
import { emit } from './lib/embed/analytics.ts';
import './app.css';
import 'virtual:palette.css';

const target = document.getElementById('embed');
const graphic = target?.dataset.graphic;
if (!target || !graphic) throw new Error('embed page has no #embed element with data-graphic');

// The page's one reading of its URL; components get the typed result.
const params = readParams(location.search, ledger, story.steps);
setTheme(params.theme);

const pym = new PymChild(window, params.pym);
// ?view= (and &flows=) pick the scene the map is pinned to, here where the URL is read.
const pin = pinnedScene(scenes, params.pinned);
hydrate(EmbedApp, { target, props: { ledger, story, scenes, graphic, params, pin, pym } });
document.documentElement.dataset.hydrated = 'true';

// Keep the host's iframe exactly as tall as the content: on load, on every size change, and
// whenever the host reports a new width.
const report = () => pym.sendHeight();
new ResizeObserver(report).observe(document.documentElement);
// A burst of width reports (a host being resized) costs one measurement per frame.
const widthChanged = latestPerFrame<void>(() => pym.sendHeight(true));
pym.on('width', () => widthChanged.push());
addEventListener('load', report);
pym.sendHeight(true);

emit('embed-loaded', { graphic, mode: target.querySelector('[data-mode]')?.getAttribute('data-mode') ?? '' }, pym);
