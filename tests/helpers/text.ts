/** Text helpers the tests share: what a span of a seed holds. */
import type { Span } from '../../src/lib/data/types.ts';

/** The text between code-point offsets, end exclusive (as the ledger's spans count). */
export function sliceCodePoints(text: string, span: Span): string {
  return Array.from(text).slice(span.start, span.end).join('');
}
