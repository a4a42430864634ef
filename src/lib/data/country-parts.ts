/**
 * The cross-file checks of countries.json, part of validate.ts's cross-file pass: one entry per
 * basemap id; a part comes from another country's shape and is found by a reference place inside
 * it; every reference place locates a part, and no flow starts or ends at one.
 */
import { problemsOf } from './fields.ts';
import type { Country, LedgerError, Place } from './types.ts';

/** Adds to `errors` what countries.json gets wrong against places.json and flows.json (`files` names them). */
export function checkCountries(
  files: { countries: string; places: string; flows: string },
  countries: Country[],
  places: Place[],
  flows: { id: string; from: string; to: string }[],
  errors: LedgerError[],
): void {
  const problem = (file: string, entry: string) => problemsOf(file, entry, errors);
  const countryIds = new Set(countries.map((c) => c.id));
  const isoSeen = new Map<string, string>();
  const located = new Set<string>();
  for (const c of countries) {
    const r = problem(files.countries, c.id);
    const twice = isoSeen.get(c.iso_n3);
    if (twice) r.fail(`iso_n3 "${c.iso_n3}" is also the id of "${twice}": one entry per basemap country`);
    else isoSeen.set(c.iso_n3, c.id);
    c.parts.forEach((part, i) => {
      const pr = problem(files.countries, `${c.id} parts[${i}]`);
      if (part.from === '') pr.fail(`field "from" must name an entry of ${files.countries}`);
      else if (!countryIds.has(part.from)) pr.fail(`unknown from "${part.from}" (not in ${files.countries})`);
      if (part.from === c.id) pr.fail("a part comes from another country's shape, not its own");
      const place = places.find((p) => p.id === part.contains);
      if (!place) pr.fail(`unknown contains "${part.contains}" (not in ${files.places})`);
      else if (place.role !== 'reference')
        pr.fail(`contains "${part.contains}", whose role is "${place.role}"; a part is located by a "reference" place`);
      located.add(part.contains);
    });
  }
  for (const p of places) {
    if (p.role !== 'reference') continue;
    if (!located.has(p.id))
      errors.push({
        file: files.places,
        entry: p.id,
        message: `no part in ${files.countries} is located by this reference place`,
      });
    for (const f of flows)
      if (f.from === p.id || f.to === p.id)
        problem(files.flows, f.id).fail(
          `"${p.id}" is a reference place, never drawn: a flow cannot start or end there`,
        );
  }
}
