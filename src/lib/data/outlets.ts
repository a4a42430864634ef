/** Who publishes each source: the outlets the ledger counts corroboration by (docs/ledger.md). */
import type { Problems } from './fields.ts';
import type { Source } from './types.ts';

/**
 * Who publishes each source, for counting outlets: a named outlet is one outlet across its
 * editions; a source that declares it reposts another (`reposts`) is that source's outlet; a
 * source that names no outlet is its own.
 */
export function resolveOutlets(sources: Source[], problem: (id: string) => Problems): void {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const own = (s: Source) =>
    s.outlet === 'unnamed' ? `source:${s.id}` : `outlet:${s.outlet.normalize('NFC').toLocaleLowerCase('en')}`;
  for (const s of sources) {
    let at: Source = s;
    const seen = new Set<string>([s.id]);
    while (at.reposts) {
      const next = byId.get(at.reposts);
      if (!next) {
        problem(s.id).fail(`reposts unknown source "${at.reposts}" (not in data/sources.json)`);
        break;
      }
      if (seen.has(next.id)) {
        problem(s.id).fail(`reposts "${s.reposts}", which leads back to it: a reposting names the source it copies`);
        break;
      }
      seen.add(next.id);
      at = next;
    }
    s.outlet_key = own(at);
  }
}
