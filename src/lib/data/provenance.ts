/**
 * The provenance check of a figure: it occurs in its quote and reads, by the rules of its
 * source's language, as the claim's low, high and qualifier. No message here advises a change
 * that would turn a correct reading into another: an unknown word is named with only the places
 * that read as the claim says (advice.ts), and a mismatch states both readings and the words that
 * made them, never "use" another qualifier.
 */
import { unknownWordAdvice } from './advice.ts';
import type { Problems } from './fields.ts';
import { describeReading, parseFigure, type ParsedFigure } from './figure.ts';
import { firstDifference, locateQuote } from './locate.ts';
import type { RawClaim } from './readers.ts';
import type { FigureRules, Span } from './types.ts';

/**
 * The figure must occur in the quote (whitespace matching as quotes match their seeds) and read,
 * by the source's language, as the claim's low/high and qualifier. Returns where it sits in the
 * quote (code points), or -1s.
 */
export function checkFigure(
  r: Problems,
  claim: RawClaim,
  rules: FigureRules | undefined,
): { span: Span; figure: ParsedFigure | null } {
  const none = { span: { start: -1, end: -1 }, figure: null };
  if (!claim.figure) return none;
  const found = locateQuote(claim.quote, claim.figure);
  if (!found.span) {
    r.fail(`figure "${claim.figure}" does not occur in the claim's quote${firstDifference(claim.figure, claim.quote)}`);
    return none;
  }
  const span = found.span;
  if (!rules) return { span, figure: null }; // the source or its language is already reported
  const parsed = parseFigure(claim.figure, rules);
  if (!parsed.figure) {
    const advice = parsed.unknown ? `; ${unknownWordAdvice(claim.figure, rules, parsed.unknown, claim)}` : '';
    r.fail(`figure "${claim.figure}" is refused: ${parsed.problem}${advice}`);
    return { span, figure: null };
  }
  const f = parsed.figure;
  const reads = `the figure "${claim.figure}" reads in ${rules.name} as ${describeReading(f)}`;
  const units = f.words.filter((w) => w.kind === 'unit').map((w) => `"${w.word}"`);
  const because = units.length
    ? `; it reads ${units.join(', ')} as ${units.length > 1 ? 'units' : 'a unit'}, which leaves the number and its hedge alone (${rules.file})`
    : '';
  if (f.low !== claim.low || f.high !== claim.high || (f.qualifier ?? 'exact') !== claim.qualifier)
    r.fail(
      `the claim says ${describeReading(claim)} (low ${claim.low}, high ${claim.high}, "${claim.qualifier}"), but ${reads}${because}`,
    );
  return { span, figure: f };
}
