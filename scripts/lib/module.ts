/**
 * JavaScript module source exporting data, with every object that occurs more than once written
 * once and referred to by name: the scenes share their flow and place visuals, so the content
 * module holds each visual once, and a scene's flows are the very objects of every other scene.
 */

type Data = null | boolean | number | string | undefined | Data[] | { [key: string]: Data };

/** `export const name = …;` for each entry of `exports`, shared objects hoisted into constants. */
export function moduleSource(exports: Record<string, unknown>): string {
  const count = new Map<object, number>();
  const visit = (v: unknown) => {
    if (v === null || typeof v !== 'object') return;
    const n = (count.get(v) ?? 0) + 1;
    count.set(v, n);
    if (n === 1) for (const x of Object.values(v)) visit(x);
  };
  for (const v of Object.values(exports)) visit(v);

  const names = new Map<object, string>();
  const constants: string[] = [];
  const key = (k: string) => (k === '__proto__' ? `["__proto__"]` : JSON.stringify(k));
  const emit = (v: Data): string => {
    if (v === undefined) return 'undefined';
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const name = names.get(v);
    if (name) return name;
    // Children first, so that every constant is declared before the one that uses it.
    const body = Array.isArray(v)
      ? `[${v.map(emit).join(',')}]`
      : `{${Object.entries(v)
          .map(([k, x]) => `${key(k)}:${emit(x)}`)
          .join(',')}}`;
    if ((count.get(v) ?? 0) < 2) return body;
    const id = `$${constants.length}`;
    constants.push(`const ${id} = ${body};`);
    names.set(v, id);
    return id;
  };
  const out = Object.entries(exports).map(([k, v]) => `export const ${k} = ${emit(v as Data)};`);
  return [...constants, ...out].join('\n') + '\n';
}
