/** moduleSource: data written as a module, shared objects once. */
import { describe, expect, it } from 'vitest';
import { moduleSource } from './module.ts';

/** Evaluates the module text (its exports become a returned object). */
function load(source: string): Record<string, unknown> {
  const body = source.replace(/^export const (\w+) = /gm, 'out.$1 = ');
  return new Function('out', `${body}\nreturn out;`)({}) as Record<string, unknown>;
}

describe('moduleSource', () => {
  it('writes data that reads back equal', () => {
    const data = { a: [1, 'two', null, true, { b: -0.5 }], c: 'x"</script>' };
    expect(load(moduleSource({ data }))).toEqual({ data });
  });

  it('writes an object that occurs twice once, and both places refer to the same object', () => {
    const shared = { id: 'troops', line: [[1, 2]] };
    const scenes = { one: { flows: [shared] }, two: { flows: [shared] } };
    const source = moduleSource({ scenes, card: scenes.one });
    expect(source.match(/"troops"/g)).toHaveLength(1);
    const out = load(source) as { scenes: typeof scenes; card: typeof scenes.one };
    expect(out.scenes).toEqual(scenes);
    expect(out.scenes.one.flows[0]).toBe(out.scenes.two.flows[0]);
    expect(out.card).toBe(out.scenes.one);
  });

  it('keeps a key named __proto__ as an own property', () => {
    const out = load(moduleSource({ data: JSON.parse('{"__proto__": 1}') })) as { data: object };
    expect(Object.keys(out.data)).toEqual(['__proto__']);
  });
});
