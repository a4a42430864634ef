/**
 * The provenance check of a figure: it occurs in its quote and reads, by the rules of its
 * source's language, as the claim's low, high and qualifier.
 */
import type { Problems } from './fields.ts';
import { parseFigure } from './figure.ts';
import type { RawClaim } from './readers.ts';
import type { FigureRules, Span } from './types.ts';

/**
 * The figure must occur in the quote and read, by the source's language, as the claim's
 * low/high and qualifier. Returns where it sits in the quote (code points), or -1s.
 */
export function checkFigure(r: Problems, claim: RawClaim, rules: FigureRules | undefined): Span {
  const none = { start: -1, end: -1 };
  if (!claim.figure) return none;
  const at = claim.quote.indexOf(claim.figure);
  if (at < 0) {
    r.fail(`figure "${claim.figure}" does not occur in the claim's quote`);
    return none;
  }
  const start = Array.from(claim.quote.slice(0, at)).length;
  const span = { start, end: start + Array.from(claim.figure).length };
  if (!rules) return span; // the source or its language is already reported
  const { figure: parsed, problem } = parseFigure(claim.figure, rules);
  if (!parsed) {
    r.fail(`figure "${claim.figure}" is refused: ${problem}`);
    return span;
  }
  if (parsed.low !== claim.low || parsed.high !== claim.high) {
    r.fail(
      `low/high are ${claim.low}/${claim.high}, but the figure "${claim.figure}" reads in ${rules.name} as ${parsed.low}/${parsed.high}`,
    );
  }
  if (parsed.qualifier !== null && parsed.qualifier !== claim.qualifier) {
    r.fail(`qualifier is "${claim.qualifier}", but the figure "${claim.figure}" reads as "${parsed.qualifier}"`);
  }
  if (parsed.qualifier === null && claim.qualifier !== 'exact') {
    r.fail(`qualifier is "${claim.qualifier}", but the figure "${claim.figure}" carries no hedge (use "exact")`);
  }
  return span;
}
