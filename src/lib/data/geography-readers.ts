/**
 * The readers of the ledger's geography (places.json, views.json, countries.json), as readers.ts
 * reads the other files: each entry's JSON into a typed record, checked for what it alone can show.
 */
import type { EntryReader } from './fields.ts';
import { COUNTRY_ROLES, PLACE_ROLES, type Country, type CountryPart, type Place, type View } from './types.ts';

export function readPlace(r: EntryReader): Place {
  const p: Place = {
    id: r.string('id'),
    ...named(r),
    country: r.string('country', { nonEmpty: true }),
    lon: r.number('lon'),
    lat: r.number('lat'),
    role: r.oneOf('role', PLACE_ROLES),
    note: r.string('note'),
  };
  if (Math.abs(p.lon) > 180 || Math.abs(p.lat) > 90) r.fail(`coordinates ${p.lon}, ${p.lat} are off the globe`);
  return p;
}

export function readView(r: EntryReader): View {
  const id = r.string('id');
  const label = r.text('label');
  const raw = r.numberPairs('bounds');
  if (raw.length !== 2) {
    r.fail('field "bounds" must be [[west, south], [east, north]]');
    return {
      id,
      label,
      bounds: [
        [0, 0],
        [0, 0],
      ],
    };
  }
  const [[w, s], [e, n]] = raw;
  if (!(w < e && s < n && w >= -180 && e <= 360 && s >= -85 && n <= 85)) {
    r.fail(`field "bounds" [[${w}, ${s}], [${e}, ${n}]] must have west < east, south < north, within the map`);
  }
  return {
    id,
    label,
    bounds: [
      [w, s],
      [e, n],
    ],
  };
}

/** ISO 3166-1 numeric, three digits, as the basemap writes it. */
const ISO_N3 = /^\d{3}$/;

/**
 * `names`, by language tag, English always and every edition's language ({ "en": "Ukraine",
 * "ko": "우크라이나" }); `name`, the edition's.
 */
function named(r: EntryReader): { names: Record<string, string>; name: string } {
  const { text: name, all: names } = r.textsByLanguage('names');
  return { names, name };
}

function readPart(r: EntryReader): CountryPart {
  const p = {
    from: r.string('from', { nonEmpty: true }),
    contains: r.string('contains', { nonEmpty: true }),
    ...named(r),
    ...(({ text, all }) => ({ status: text, statuses: all }))(r.textsByLanguage('status')),
  };
  r.done();
  return p;
}

export function readCountry(r: EntryReader): Country {
  const c: Country = {
    id: r.string('id'),
    iso_n3: r.string('iso_n3'),
    ...named(r),
    role: r.has('role') ? r.oneOf('role', COUNTRY_ROLES) : 'context',
    parts: r.list('parts', readPart, { optional: true }),
  };
  if (!ISO_N3.test(c.iso_n3))
    r.fail(`field "iso_n3" "${c.iso_n3}" must be the basemap's three-digit ISO 3166-1 numeric id`);
  return c;
}
