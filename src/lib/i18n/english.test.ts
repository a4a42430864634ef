/**
 * The English edition's formats, as the page prints them (data/messages/en.json: Intl in en-GB):
 * the lists, days, months and numbers every helper writes through the translator.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { english } from '../../../tests/helpers/i18n.ts';
import { ROOT } from '../../../tests/helpers/project.ts';
import { parseDay } from '../dates.ts';
import en from '../../../data/messages/en.json';

const i18n = english();

describe('the English edition', () => {
  it('is English, left to right, at the story’s root', () => {
    expect([i18n.lang, i18n.dir]).toEqual(['en', 'ltr']);
  });

  it('lists "a, b and c" (British usage: no comma before "and"), the parts joining to the text', () => {
    expect(i18n.list([])).toBe('');
    expect(i18n.list(['CNN'])).toBe('CNN');
    expect(i18n.list(['CNN', 'The Times'])).toBe('CNN and The Times');
    expect(i18n.list(['CNN', 'The Times', 'KBS World (Arabic service)'])).toBe(
      'CNN, The Times and KBS World (Arabic service)',
    );
    const parts = i18n.listParts(['a', 'b', 'c']);
    expect(parts.filter((p) => p.type === 'element').map((p) => p.value)).toEqual(['a', 'b', 'c']);
    expect(parts.map((p) => p.value).join('')).toBe(i18n.list(['a', 'b', 'c']));
  });

  it('gives the day, the month in full and the year, in UTC', () => {
    expect(i18n.day(parseDay('2031-03-10'))).toBe('10 March 2031');
    expect(i18n.day(parseDay('2025-09-01'))).toBe('1 September 2025');
    expect(i18n.day(new Date(Date.UTC(2025, 7, 22, 23, 59)))).toBe('22 August 2025');
  });

  it('gives the short month and the year, in UTC', () => {
    expect(i18n.month(parseDay('2024-06-01'))).toBe('Jun 2024');
    // Intl's en-GB abbreviation.
    expect(i18n.month(parseDay('2025-09-01'))).toBe('Sept 2025');
    expect(i18n.month(new Date(Date.UTC(2030, 10, 30, 23)))).toBe('Nov 2030');
  });

  it('groups thousands with commas and picks plural forms by count', () => {
    expect(i18n.number(12000)).toBe('12,000');
    expect(i18n.t('chart.outlets', { count: 1 })).toBe('1 outlet');
    expect(i18n.t('chart.outlets', { count: 3 })).toBe('3 outlets');
    expect(i18n.t('sources.figures', { count: 2 })).toBe('2 figures, in the order the text gives them');
  });
});

describe('data/messages/en.json', () => {
  it('holds only messages the code writes (the code names none it lacks: MessageKey)', () => {
    const code = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(ROOT, 'src', f), 'utf8'))
      .join('\n');
    // Named in a string, as a `t` argument or a Message's `message` attribute.
    const named = (key: string) => code.includes(`'${key}'`) || code.includes(`"${key}"`);
    const unused = Object.keys(en).filter((key) => key !== '$comment' && !named(key));
    expect(unused).toEqual([]);
  });
});
