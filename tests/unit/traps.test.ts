/**
 * The traps a careful editor met adding real reports by the README (issue "integrity at entry"):
 * each is a made-up report added on top of the real data, as the README's steps add one, and the
 * check either reads it as a native reader does or refuses it by name. No message may advise a
 * change that turns the right reading into another number or hedge.
 */
import { describe, expect, it } from 'vitest';
import { buildLedger, DATA_FILES, formatErrors, type LedgerInput } from '../../src/lib/data/validate.ts';
import { readLedgerInput } from '../../scripts/lib/load.ts';
import { groupByClaimant } from '../../src/lib/data/query.ts';
import type { Ledger } from '../../src/lib/data/types.ts';

const BASE: LedgerInput = readLedgerInput();
const BOTH = { lang: 'en', languages: ['en', 'ko'] };

interface Report {
  id: string;
  language: string;
  text: string;
  outlet?: string;
  edition?: unknown;
  reposts?: string;
}

interface TrapClaim {
  id: string;
  source: string;
  figure: string;
  low: number;
  high: number;
  qualifier: string;
  quote: string;
  quantity?: string;
  claimant_key?: string;
  as_of?: string;
  gloss?: unknown;
}

/** The real data with reports and claims added, and any file replaced (`files`). */
function withReports(reports: Report[], claims: TrapClaim[], files: Record<string, string> = {}): LedgerInput {
  const sources = JSON.parse(BASE.files[DATA_FILES.sources]!) as object[];
  const ledger = JSON.parse(BASE.files[DATA_FILES.claims]!) as object[];
  const seeds = { ...BASE.seeds };
  for (const r of reports) {
    seeds[`${r.id}.txt`] = r.text;
    sources.push({
      id: r.id,
      file: `${r.id}.txt`,
      outlet: r.outlet ?? `Trap ${r.id}`,
      outlet_note: { en: 'Made up for a test.', ko: '시험용으로 지어낸 글.' },
      byline: '',
      date: '2025-08-22',
      date_text: { en: 'Made up.', ko: '지어낸 날짜.' },
      language: r.language,
      translation: false,
      headline: '',
      ...(r.edition ? { edition: r.edition } : {}),
      ...(r.reposts ? { reposts: r.reposts } : {}),
    });
  }
  for (const c of claims)
    ledger.push({
      quantity: 'killed',
      claimant: 'a test',
      claimant_key: 'south-korean-intelligence',
      as_of: '',
      gloss: { en: 'A made-up line.', ko: '지어낸 문장.' },
      ...c,
    });
  return {
    ...BASE,
    seeds,
    files: {
      ...BASE.files,
      [DATA_FILES.sources]: JSON.stringify(sources),
      [DATA_FILES.claims]: JSON.stringify(ledger),
      ...files,
    },
  };
}

/** A language file of the real data with one change. */
function language(tag: string, change: (l: Record<string, unknown>) => void): Record<string, string> {
  const file = `data/languages/${tag}.json`;
  const l = JSON.parse(BASE.files[file]!) as Record<string, unknown>;
  change(l);
  return { [file]: JSON.stringify(l) };
}

function errorsOf(input: LedgerInput): string {
  return formatErrors(buildLedger(input, BOTH).errors);
}

function ledgerOf(input: LedgerInput): Ledger {
  const { ledger, errors } = buildLedger(input, BOTH);
  if (!ledger) throw new Error(formatErrors(errors));
  return ledger;
}

const EN = {
  id: 'trap-en',
  language: 'en',
  text: 'Officials said two-thirds of the 11,000-plus soldiers were hurt and nearly 600 killed; the count was 4\u202f100 in all.',
};

describe('traps: refused by name, never read wrong', () => {
  it('"two-thirds" is a fraction, never 2', () => {
    const claim = {
      id: 'trap-thirds',
      source: 'trap-en',
      figure: 'two-thirds',
      low: 2,
      high: 2,
      qualifier: 'exact',
      quote: EN.text,
    };
    expect(errorsOf(withReports([EN], [claim]))).toMatch(
      /claims\.json \[trap-thirds\]: figure "two-thirds" is refused: it is a fraction \("thirds"\), not a count/,
    );
  });

  it('"thirds" cannot be made a unit to let "two-thirds" pass as 2', () => {
    const claim = {
      id: 'trap-thirds',
      source: 'trap-en',
      figure: 'two-thirds',
      low: 2,
      high: 2,
      qualifier: 'exact',
      quote: EN.text,
    };
    const units = language('en', (l) => (l.units = [...(l.units as string[]), 'thirds']));
    expect(errorsOf(withReports([EN], [claim], units))).toMatch(
      /data\/languages\/en\.json \[en\]: "thirds" is listed in fractions and in units/,
    );
  });

  it('"11,000-plus" reads as over 11,000; as exactly 11,000 it is refused without advice to drop the hedge', () => {
    const right = {
      id: 'trap-plus',
      source: 'trap-en',
      figure: '11,000-plus',
      low: 11000,
      high: 11000,
      qualifier: 'over',
      quote: EN.text,
    };
    expect(errorsOf(withReports([EN], [right]))).not.toMatch(/trap-plus/);
    const wrong = { ...right, qualifier: 'exact' };
    const message = errorsOf(withReports([EN], [wrong]));
    expect(message).toMatch(/\[trap-plus\]: the claim says exactly 11,000 .* reads in English \("en"\) as over 11,000/);
    expect(message).not.toMatch(/use "exact"|units/);
  });

  it('without "plus" in the file, the unknown word is named, and only a hedge "over" is advised, never a unit', () => {
    const claim = {
      id: 'trap-plus',
      source: 'trap-en',
      figure: '11,000-plus',
      low: 11000,
      high: 11000,
      qualifier: 'over',
      quote: EN.text,
    };
    const noPlus = language('en', (l) => {
      const hedges = l.hedges as Record<string, { before: string[]; after: string[] }>;
      hedges.over.after = hedges.over.after.filter((w) => !w.includes('plus'));
    });
    const message = errorsOf(withReports([EN], [claim], noPlus));
    expect(message).toMatch(/"plus" is not a word the figures of English/);
    expect(message).toMatch(/it is "hedges" → "over" → "after" in data\/languages\/en\.json/);
    expect(message).not.toMatch(/"units"/);
  });

  it('"nearly 600" reads as under 600, and "about" is refused', () => {
    const claim = {
      id: 'trap-nearly',
      source: 'trap-en',
      figure: 'nearly 600',
      low: 600,
      high: 600,
      qualifier: 'under',
      quote: EN.text,
    };
    expect(errorsOf(withReports([EN], [claim]))).not.toMatch(/trap-nearly/);
    expect(errorsOf(withReports([EN], [{ ...claim, qualifier: 'about' }]))).toMatch(
      /\[trap-nearly\]: the claim says about 600 .* reads in English \("en"\) as under 600/,
    );
  });

  const FR = { id: 'trap-fr', language: 'fr', text: 'Selon Séoul, 4\u202f100 soldats ont été blessés.' };

  it('a figure typed with a plain space matches a quote with a narrow no-break space', () => {
    const claim = {
      id: 'trap-space',
      source: 'trap-fr',
      figure: '4 100',
      low: 4100,
      high: 4100,
      qualifier: 'exact',
      quote: FR.text,
      quantity: 'killed_or_wounded',
    };
    expect(errorsOf(withReports([FR], [claim]))).not.toMatch(/trap-space/);
  });

  it('an invisible difference is named by its code points', () => {
    const claim = {
      id: 'trap-zw',
      source: 'trap-fr',
      figure: '4\u200b100',
      low: 4100,
      high: 4100,
      qualifier: 'exact',
      quote: FR.text,
      quantity: 'killed_or_wounded',
    };
    expect(errorsOf(withReports([FR], [claim]))).toMatch(
      /\[trap-zw\]: figure "4\u200b100" does not occur .*U\+200B where the text has U\+202F/,
    );
  });

  it('"ribuan" is an order of magnitude, 2,000–9,999, never a point at 1,000', () => {
    const id = { id: 'trap-id', language: 'id', text: 'Seoul memperkirakan ribuan tentara terluka.' };
    const claim = {
      id: 'trap-ribuan',
      source: 'trap-id',
      figure: 'ribuan',
      low: 2000,
      high: 9999,
      qualifier: 'order of magnitude',
      quote: id.text,
      quantity: 'killed_or_wounded',
    };
    expect(errorsOf(withReports([id], [claim]))).not.toMatch(/trap-ribuan/);
    expect(errorsOf(withReports([id], [{ ...claim, low: 1000, high: 1000 }]))).toMatch(
      /\[trap-ribuan\]: the claim says an order of magnitude, 1,000 to 1,000 .* reads in Indonesian \("id"\) as an order of magnitude, 2,000 to 9,999/,
    );
  });

  it('"6000명 넘는" without "넘는" in the file blames "넘는", not the unit "명"', () => {
    const ko = { id: 'trap-ko', language: 'ko', text: '국정원은 6000명 넘는 병력이 파병됐다고 밝혔다.' };
    const claim = {
      id: 'trap-ko-over',
      source: 'trap-ko',
      figure: '6000명 넘는',
      low: 6000,
      high: 6000,
      qualifier: 'over',
      quote: ko.text,
      quantity: 'troops_deployed',
    };
    expect(errorsOf(withReports([ko], [claim]))).not.toMatch(/trap-ko-over/);
    const without = language('ko', (l) => {
      const hedges = l.hedges as Record<string, { before: string[]; after: string[] }>;
      hedges.over.after = hedges.over.after.filter((w) => w !== '넘는');
    });
    const message = errorsOf(withReports([ko], [claim], without));
    expect(message).toMatch(/\[trap-ko-over\]: figure "6000명 넘는" is refused: "넘는" is not a word/);
    expect(message).toMatch(/it is "hedges" → "over" → "after"/);
  });

  it('a quote in another language than an edition’s needs that edition’s gloss', () => {
    const ar = { id: 'trap-ar', language: 'ar', text: 'قالت الخدمة إن نحو 600 جندي قتلوا.' };
    const claim = {
      id: 'trap-ar-killed',
      source: 'trap-ar',
      figure: 'نحو 600',
      low: 600,
      high: 600,
      qualifier: 'about',
      quote: ar.text,
      gloss: 'About 600 soldiers were killed.',
    };
    expect(errorsOf(withReports([ar], [claim]))).toMatch(
      /\[trap-ar-killed\]: its quote is in Arabic \("ar"\), and the "ko" edition shows a translation beside it/,
    );
  });

  it('an edition named in English only is refused while a Korean edition needs it', () => {
    const en = { ...EN, edition: 'Arabic service' };
    const claim = {
      id: 'trap-nearly',
      source: 'trap-en',
      figure: 'nearly 600',
      low: 600,
      high: 600,
      qualifier: 'under',
      quote: EN.text,
    };
    expect(errorsOf(withReports([en], [claim]))).toMatch(
      /sources\.json \[trap-en\]: field "edition" is in English only; the "ko" edition needs it too/,
    );
  });
});

describe('traps: outlets and estimates counted as a careful reader counts them', () => {
  const english = {
    id: 'kbs-en',
    language: 'en',
    outlet: 'KBS World',
    edition: { en: 'English service', ko: '영어 서비스' },
    text: 'KBS: around 600 soldiers were killed, South Korea’s spy agency said.',
  };
  const arabic = {
    id: 'kbs-ar',
    language: 'ar',
    outlet: 'KBS World',
    edition: { en: 'Arabic service', ko: '아랍어 서비스' },
    text: 'قالت الخدمة إن نحو 600 جندي قتلوا.',
  };
  const claims = [
    {
      id: 'kbs-en-killed',
      source: 'kbs-en',
      figure: 'around 600',
      low: 600,
      high: 600,
      qualifier: 'about',
      quote: english.text,
      as_of: 'April',
    },
    {
      id: 'kbs-ar-killed',
      source: 'kbs-ar',
      figure: 'نحو 600',
      low: 600,
      high: 600,
      qualifier: 'about',
      quote: arabic.text,
      as_of: 'April',
    },
  ];

  it('two language services of one broadcaster are one outlet', () => {
    const ledger = ledgerOf(withReports([english, arabic], claims));
    const [sk] = groupByClaimant(ledger, 'killed').filter((g) => g.claimant.key === 'south-korean-intelligence');
    // The seeds' two reports of the April briefing, plus one broadcaster in two services: three outlets.
    expect(sk.outlets).toBe(3);
    expect(sk.stated.map((s) => s.source.id)).toEqual(expect.arrayContaining(['kbs-en', 'kbs-ar']));
  });

  it('a source that declares it reposts another is that outlet', () => {
    const repost = { id: 'repost', language: 'en', outlet: 'unnamed', reposts: 'times', text: english.text };
    const claim = { ...claims[0], id: 'repost-killed', source: 'repost' };
    const ledger = ledgerOf(withReports([repost], [claim]));
    const times = ledger.sources.find((s) => s.id === 'times')!;
    expect(ledger.sources.find((s) => s.id === 'repost')!.outlet_key).toBe(times.outlet_key);
  });

  it('the April briefing ("600" and "around 600") is one estimate on the seeds alone', () => {
    const ledger = ledgerOf(BASE);
    const [sk] = groupByClaimant(ledger, 'killed');
    expect(sk.estimates).toHaveLength(1);
    expect(sk.outlets).toBe(2);
  });
});
