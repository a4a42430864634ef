/**
 * JSON with shared objects written once: the islands of one page receive the very same objects
 * (every chart the same slice of the ledger, the map and the scroller the same scenes), so the
 * page carries each once. `pack` replaces every object met more than once by `{"$ref": n}` into a
 * table; `unpack` puts the same object back at each reference. Only plain data: null, booleans,
 * finite numbers, strings, arrays and plain objects (undefined members are dropped, as JSON does).
 */

export type Data = null | boolean | number | string | Data[] | { [key: string]: Data };

export interface Packed {
  /** The shared objects, each written once; a table entry may refer to earlier entries only. */
  shared: Data[];
  /** The value, with references into `shared`. */
  value: Data;
}

const REF = '$ref';

export function pack(value: unknown): Packed {
  const seen = new Map<object, number>();
  const count = (v: unknown, path: string) => {
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`pack: ${path} is ${v}, not JSON`);
      if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint')
        throw new Error(`pack: ${path} is a ${typeof v}, not JSON`);
      return;
    }
    const proto = Object.getPrototypeOf(v);
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null)
      throw new Error(`pack: ${path} is a ${proto?.constructor?.name ?? 'object'}, not plain data`);
    if (!Array.isArray(v) && REF in v) throw new Error(`pack: ${path} has a "${REF}" key, which unpack would misread`);
    const n = (seen.get(v) ?? 0) + 1;
    seen.set(v, n);
    if (n === 1) for (const [k, x] of Object.entries(v)) count(x, `${path}.${k}`);
  };
  count(value, 'value');

  const shared: Data[] = [];
  const index = new Map<object, number>();
  const emit = (v: unknown): Data => {
    if (v === null || typeof v !== 'object') return v as Data;
    const at = index.get(v);
    if (at !== undefined) return { [REF]: at };
    // Children first: a table entry refers only to entries written before it.
    const body: Data = Array.isArray(v)
      ? v.map((x) => (x === undefined ? null : emit(x)))
      : Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .map(([k, x]) => [k, emit(x)]),
        );
    if ((seen.get(v) ?? 0) < 2) return body;
    index.set(v, shared.length);
    shared.push(body);
    return { [REF]: index.get(v)! };
  };
  const root = emit(value);
  return { shared, value: root };
}

export function unpack<T>(packed: Packed): T {
  return reviver(packed)(packed.value) as T;
}

/**
 * What `unpack` does, for one part of a packed value at a time: revives `v` (any part of
 * `packed.value`), reviving each shared object only when a part first refers to it, once. An
 * island of the page revives its own props, not every other island's (islands.ts).
 */
export function reviver(packed: Packed): (v: Data) => unknown {
  const table = new Map<number, unknown>();
  const shared = (n: number, from: number): unknown => {
    if (!(n >= 0 && n < from && n < packed.shared.length))
      throw new Error(`unpack: reference ${n} is to no earlier shared object`);
    if (!table.has(n)) table.set(n, revive(packed.shared[n], n));
    return table.get(n);
  };
  const revive = (v: Data, from: number): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map((x) => revive(x, from));
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === REF && typeof v[REF] === 'number') return shared(v[REF], from);
    return Object.fromEntries(keys.map((k) => [k, revive(v[k], from)]));
  };
  return (v) => revive(v, packed.shared.length);
}

/** JSON that is safe inside a `<script type="application/json">`: no `</script>`, no `<!--`. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A `<script type="application/json">` element holding `value` (for server-rendered pages). */
export function jsonScript(id: string, value: unknown): string {
  return `<script type="application/json" id="${id}">${scriptJson(value)}</script>`;
}
