import { describe, expect, it } from 'vitest';
import type { Component } from 'svelte';
import { IslandPage } from './page.ts';
import { unpack } from './pack.ts';

const render = () => ({ body: '<p>x</p>' });
/** The page renders through `render` above: the component itself is never called. */
const component = (() => ({})) as unknown as Component;

describe('IslandPage.markup', () => {
  it('writes the load islands’ props in the page and the others’ in one file per island name', () => {
    const page = new IslandPage(render, new Map());
    const ledger = { claims: ['a', 'b'] };
    page.add('scroller', component, { steps: ['one'] }, 'load');
    page.add('map', component, { scenes: [1, 2] }, 'visible');
    page.add('chart', component, { ledger, quantity: 'q1' }, 'visible');
    page.add('chart', component, { ledger, quantity: 'q2' }, 'visible');
    const { html, files } = page.markup();
    expect(files).toHaveLength(2);
    const named = JSON.parse(/data-files='([^']*)'/.exec(html)![1]) as Record<string, string>;
    expect(Object.keys(named)).toEqual(['map', 'chart']);
    const read = (name: string) => unpack<unknown[]>(JSON.parse(files.find((f) => f.path === named[name])!.text));
    expect(read('map')).toEqual([null, { scenes: [1, 2] }, null, null]);
    // The charts' file: only theirs, the ledger they share written once.
    expect(read('chart')).toEqual([null, null, { ledger, quantity: 'q1' }, { ledger, quantity: 'q2' }]);
    expect(files.find((f) => f.path === named.chart)!.text.match(/"a"/g)).toHaveLength(1);
    const inline = unpack<unknown[]>(JSON.parse(/<script[^>]*>(.*)<\/script>/.exec(html)![1]));
    expect(inline).toEqual([{ steps: ['one'] }, null, null, null]);
  });
});
