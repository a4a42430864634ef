import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonScript, pack, reviver, scriptJson, unpack, type Data } from './pack.ts';

describe('pack and unpack', () => {
  it('writes an object met twice once, and gives back the very same object at each place', () => {
    const shared = { id: 'troops', widths: [1, 2, 3] };
    const value = { a: [shared, shared], b: { c: shared }, d: 'x' };
    const packed = pack(value);
    expect(packed.shared).toEqual([{ id: 'troops', widths: [1, 2, 3] }]);
    expect(JSON.stringify(packed).match(/troops/g)).toHaveLength(1);
    const back = unpack<typeof value>(JSON.parse(JSON.stringify(packed)));
    expect(back).toEqual(value);
    expect(back.a[0]).toBe(back.a[1]);
    expect(back.b.c).toBe(back.a[0]);
  });

  it('keeps shared objects inside shared objects', () => {
    const leaf = { n: 1 };
    const mid = { leaf, again: leaf };
    const back = unpack<{ x: typeof mid; y: typeof mid }>(pack({ x: mid, y: mid }));
    expect(back.x).toBe(back.y);
    expect(back.x.leaf).toBe(back.x.again);
  });

  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const json = JSON.parse(JSON.stringify(v)) as unknown;
        const hasRef = JSON.stringify(json).includes('"$ref"');
        fc.pre(!hasRef);
        expect(unpack(JSON.parse(JSON.stringify(pack(json))))).toEqual(json);
      }),
    );
  });

  it('refuses what JSON cannot carry, naming where it is', () => {
    expect(() => pack({ a: { b: NaN } })).toThrow(/value\.a\.b is NaN/);
    expect(() => pack({ when: new Date(0) })).toThrow(/value\.when is a Date/);
    expect(() => pack({ f: () => 1 })).toThrow(/value\.f is a function/);
    expect(() => pack({ x: { $ref: 0 } })).toThrow(/"\$ref" key/);
  });

  it('refuses a reference to no earlier shared object', () => {
    expect(() => unpack({ shared: [], value: { $ref: 0 } })).toThrow(/reference 0/);
  });
});

describe('reviver', () => {
  it('revives one part at a time: what it shares with another part is the same object, the rest untouched', () => {
    const slice = { claims: [{ id: 'a' }, { id: 'b' }] };
    const scenes = { steps: [{ id: 's' }], again: null as unknown };
    scenes.again = scenes.steps;
    const packed = JSON.parse(JSON.stringify(pack([{ ledger: slice }, { ledger: slice, scenes }, { scenes }])));
    const spy = new Proxy(packed.shared as Data[], {
      get: (target, key) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) touched.add(Number(key));
        return Reflect.get(target, key);
      },
    });
    const touched = new Set<number>();
    const revive = reviver({ ...packed, shared: spy });
    const first = revive(packed.value[0]) as { ledger: typeof slice };
    expect(first).toEqual({ ledger: slice });
    const onlyFirst = new Set(touched);
    const second = revive(packed.value[1]) as { ledger: typeof slice; scenes: typeof scenes };
    expect(second.ledger).toBe(first.ledger);
    expect(second.scenes.again).toBe(second.scenes.steps);
    // The first part's revival read the slice's entries only, never the scenes'.
    expect(touched.size).toBeGreaterThan(onlyFirst.size);
  });
});

describe('scriptJson', () => {
  it('cannot close its script element or open a comment', () => {
    const text = scriptJson({ quote: '</script><!-- \u2028' });
    expect(text).not.toMatch(/<\/script|<!--|\u2028/);
    expect(JSON.parse(text)).toEqual({ quote: '</script><!-- \u2028' });
    expect(jsonScript('x', 1)).toBe('<script type="application/json" id="x">1</script>');
  });
});
