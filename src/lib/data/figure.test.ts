import { describe, expect, it } from 'vitest';
import { parseFigure, type FigureRules } from './figure.ts';
import { resolveLanguage } from './language.ts';
import { readLanguages } from './validate.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';
import type { LedgerError } from './types.ts';

// The words of each language are data (data/languages/*.json); these tests read them as shipped.
const errors: LedgerError[] = [];
const words = readLanguages(readLedgerInput(), errors);
function rules(tag: string): FigureRules {
  const r = resolveLanguage(tag, words);
  if ('problem' in r) throw new Error(r.problem);
  return r.rules;
}
const read = (tag: string, figure: string) => parseFigure(figure, rules(tag));

describe('the language files', () => {
  it('all read without a problem', () => expect(errors).toEqual([]));
  it.each(['en', 'ko', 'ru', 'uk', 'id', 'it', 'es', 'fr', 'de', 'ar'])('include %s', (tag) => {
    expect(words.has(tag)).toBe(true);
  });
});

describe('parseFigure reads each language by its own rules', () => {
  it.each([
    ['en', '12,000', 12000, 12000, null],
    ['en', 'roughly 12,000', 12000, 12000, 'about'],
    ['en', 'Around 4,000', 4000, 4000, 'about'],
    ['en', 'an estimated 1.2 million', 1200000, 1200000, 'about'],
    ['en', 'over 11,000', 11000, 11000, 'over'],
    ['en', '25,000 to 30,000', 25000, 30000, 'range'],
    ['en', 'between 25,000 and 30,000', 25000, 30000, 'range'],
    ['en', 'an estimated 14,000 to 15,000', 14000, 15000, 'range'],
    ['en', '14,000–15,000', 14000, 15000, 'range'],
    ['en', '25 to 30 thousand', 25000, 30000, 'range'],
    ['en', 'four-thousand-100', 4100, 4100, null],
    ['en', 'triple', 3, 3, null],
    ['en', 'three', 3, 3, null],
    ['en', 'up to three times', 3, 3, 'up to'],
    ['en', 'thousands', 2000, 9999, 'order of magnitude'],
    ['en', '101', 101, 101, null],
    ['en', 'twenty-five', 25, 25, null],
    ['en-IN', '1,20,000', 120000, 120000, null],
    ['ko', '1만 2천 명', 12000, 12000, null],
    ['ko', '4천여 명', 4000, 4000, 'over'],
    ['ko', '약 1만1천 명', 11000, 11000, 'about'],
    ['ko', '2만5천~3만 명', 25000, 30000, 'range'],
    ['ko', '1만 명 이상', 10000, 10000, 'over'],
    ['ko', '최대 3배', 3, 3, 'up to'],
    ['ko', '1천만', 10000000, 10000000, null],
    ['ru', 'около 12 тысяч', 12000, 12000, 'about'],
    ['ru', 'более 10 000', 10000, 10000, 'over'],
    ['ru', 'от 25 до 30 тысяч', 25000, 30000, 'range'],
    ['ru', '1,2 млн', 1200000, 1200000, null],
    ['uk', 'понад 11 тис.', 11000, 11000, 'over'],
    ['uk', 'близько 4 тисяч', 4000, 4000, 'about'],
    ['id', 'lebih dari 10.000', 10000, 10000, 'over'],
    ['id', 'sekitar 12 ribu', 12000, 12000, 'about'],
    ['id', '1,2 juta', 1200000, 1200000, null],
    ['id', 'antara 25.000 dan 30.000', 25000, 30000, 'range'],
    ['it', 'circa 12.000', 12000, 12000, 'about'],
    ['it', 'oltre 11 mila', 11000, 11000, 'over'],
    ['it', 'tra 25.000 e 30.000', 25000, 30000, 'range'],
    ['it', 'migliaia', 2000, 9999, 'order of magnitude'],
    ['es', 'unos 12.000', 12000, 12000, 'about'],
    ['es', 'más de 11 mil', 11000, 11000, 'over'],
    ['es', 'entre 25.000 y 30.000', 25000, 30000, 'range'],
    ['fr', 'environ 12\u202f000', 12000, 12000, 'about'],
    ['fr', 'plus de 11 000', 11000, 11000, 'over'],
    ['fr', 'entre 25 000 et 30 000', 25000, 30000, 'range'],
    ['de', 'rund 12.000', 12000, 12000, 'about'],
    ['de', 'mehr als 11.000', 11000, 11000, 'over'],
    ['de', 'zwischen 25.000 und 30.000', 25000, 30000, 'range'],
    ['ar', 'نحو 12 ألف', 12000, 12000, 'about'],
    ['ar', 'أكثر من ١١٬٠٠٠', 11000, 11000, 'over'],
    ['ar', 'بين 25 و30 ألف', 25000, 30000, 'range'],
    ['ar', '۴۰۰۰', 4000, 4000, null],
  ] as const)('%s %j', (tag, figure, low, high, qualifier) => {
    expect(read(tag, figure)).toMatchObject({ figure: { low, high, qualifier } });
  });
});

describe('word kinds: hedges in their inflected and suffixed forms, prefixes, units, multipliers', () => {
  it.each([
    ['en', '11,000-plus', 11000, 11000, 'over'],
    ['en', '11,000 plus', 11000, 11000, 'over'],
    ['en', 'nearly 600', 600, 600, 'under'],
    ['en', 'almost 600', 600, 600, 'under'],
    ['en', 'fewer than 600', 600, 600, 'under'],
    ['en', 'a total of 600', 600, 600, null],
    ['en', 'a total of about 600', 600, 600, 'about'],
    ['en', 'hundreds', 200, 999, 'order of magnitude'],
    ['en', 'tens of thousands', 20000, 99999, 'order of magnitude'],
    ['ko', '6000명 넘는', 6000, 6000, 'over'],
    ['ko', '6000명 넘게', 6000, 6000, 'over'],
    ['ko', '6천 명이 넘은', 6000, 6000, 'over'],
    ['ko', '600명 가까이', 600, 600, 'under'],
    ['ko', '600명에 가까운', 600, 600, 'under'],
    ['ko', '총 600명', 600, 600, null],
    ['ko', '수천', 2000, 9999, 'order of magnitude'],
    ['ko', '3배', 3, 3, null],
    ['id', 'ribuan', 2000, 9999, 'order of magnitude'],
    ['id', 'hampir 600', 600, 600, 'under'],
    ['id', 'sebanyak 600 orang', 600, 600, null],
    ['ru', 'почти 600', 600, 600, 'under'],
    ['ru', 'тысячи', 2000, 9999, 'order of magnitude'],
    ['it', 'quasi 600', 600, 600, 'under'],
    ['ar', 'أقل من 600', 600, 600, 'under'],
  ] as const)('%s %j', (tag, figure, low, high, qualifier) => {
    expect(read(tag, figure)).toMatchObject({ figure: { low, high, qualifier } });
  });

  it('names the unknown word itself, not its neighbour', () => {
    const ko = rules('ko');
    const without = { ...ko, hedges: ko.hedges.map((h) => ({ ...h, after: h.after.filter((w) => w !== '넘는') })) };
    expect(parseFigure('6000명 넘는', without)).toMatchObject({
      problem: expect.stringMatching(/^"넘는" is not a word/),
      unknown: { word: '넘는', position: 'after' },
    });
    const en = rules('en');
    const noPlus = { ...en, hedges: en.hedges.map((h) => ({ ...h, after: h.after.filter((w) => !/plus/.test(w)) })) };
    expect(parseFigure('11,000-plus', noPlus)).toMatchObject({
      unknown: { word: 'plus', position: 'after', bound: true },
    });
  });

  it('reads a narrow no-break or thin space as any other space', () => {
    expect(read('fr', '4\u202f100')).toMatchObject({ figure: { low: 4100 } });
    expect(read('en', 'about\u2009600')).toMatchObject({ figure: { low: 600, qualifier: 'about' } });
  });
});

describe('parseFigure refuses, never guesses', () => {
  it.each([
    ['en', 'an estimated 10.000', /reads two ways/],
    ['en', '10.000', /reads two ways/],
    ['id', '10,000', /reads two ways/],
    ['de', '4,000', /reads two ways/],
    ['en', '12,00', /digit group "00" of the wrong length/],
    ['en', '1,0000', /wrong length/],
    ['en', '1.234.567', /more than one decimal mark/],
    ['id', '12 000', /uses " " between digits, but Indonesian/],
    ['en', '10.5', /not a whole count/],
    ['en', 'many', /"many" is not a word the figures of English/],
    ['en', '', /states no number/],
    ['en', 'a lot of soldiers', /is not a word the figures of English/],
    ['en', 'about more than 9', /two hedges/],
    ['en', '30,000 to 25,000', /does not rise/],
    ['en', 'thousand', /needs a number before it/],
    ['en', 'two-thirds', /fraction \("thirds"\), not a count/],
    ['en', 'two thirds', /fraction \("thirds"\), not a count/],
    ['en', '30 percent', /fraction \("percent"\), not a count/],
    ['ko', '3분의 2', /"분의" is a fraction/],
    ['it', 'due terzi', /fraction \("terzi"\), not a count/],
    ['en', 'about thousands', /carries no hedge/],
    ['ko', '2천 1만', /out of order/],
  ] as const)('%s %j', (tag, figure, problem) => {
    const r = read(tag, figure);
    expect(r.figure).toBeUndefined();
    expect(r.problem).toMatch(problem);
  });

  it('never proposes another value for an ambiguous figure', () => {
    const { problem } = read('en', 'an estimated 10.000');
    expect(problem).not.toMatch(/\b10\b(?!\.000)|10,000|10000/);
  });
});

describe('resolveLanguage', () => {
  it('canonicalises the tag and takes the direction from Intl', () => {
    expect(resolveLanguage('EN-gb', words)).toMatchObject({ tag: 'en-GB', dir: 'ltr' });
    expect(resolveLanguage('ar', words)).toMatchObject({ tag: 'ar', dir: 'rtl' });
  });
  it('refuses a name that is not a tag, and a language with no words file', () => {
    expect(resolveLanguage('English', words)).toEqual({
      problem: expect.stringMatching(/not a language tag Intl knows/),
    });
    expect(resolveLanguage('en_US', words)).toEqual({ problem: expect.stringMatching(/not a BCP 47/) });
    expect(resolveLanguage('pt', words)).toEqual({ problem: expect.stringMatching(/add data\/languages\/pt\.json/) });
  });
});

describe('forms an editor met in a documentation review', () => {
  it.each([
    ['ar', 'ما بين 25 و30 ألف', 25000, 30000, 'range'],
    ['ar', 'نحو 12 ألفاً', 12000, 12000, 'about'],
    ['ar', 'نحو 12 ألف جندي', 12000, 12000, 'about'],
    ['it', 'tra i 25.000 e i 30.000', 25000, 30000, 'range'],
    ['it', 'dai 25 ai 30 mila', 25000, 30000, 'range'],
    ['it', 'circa 12mila', 12000, 12000, 'about'],
    ['ru', 'примерно в 4 тысячи', 4000, 4000, 'about'],
    ['ru', 'около 12 тыс. военнослужащих', 12000, 12000, 'about'],
  ] as const)('%s %j', (tag, figure, low, high, qualifier) => {
    expect(read(tag, figure)).toMatchObject({ figure: { low, high, qualifier } });
  });

  it('names the word that fails inside a range, not the range word', () => {
    expect(read('it', 'tra gli 25.000 e 30.000').problem).toMatch(/^"gli" is not a word the figures of Italian/);
  });

  it('reads an English text by the digits its editor states it uses', () => {
    const r = resolveLanguage('en', words, 'id');
    if ('problem' in r) throw new Error(r.problem);
    expect(parseFigure('an estimated 10.000', r.rules)).toMatchObject({
      figure: { low: 10000, high: 10000, qualifier: 'about' },
    });
  });

  it('asks whether a country code meant its language', () => {
    expect(resolveLanguage('kr', words)).toEqual({ problem: expect.stringMatching(/did you mean "ko" \(Korean\)\?/) });
  });
});
