/** Every edition is complete, or says so: the gloss a quote in another language needs. */
import type { Problems } from './fields.ts';
import { languageName } from './language.ts';
import type { Source } from './types.ts';

/**
 * A quote in another language than an edition's is shown with that edition's translation beside
 * it: each such edition needs a gloss, or the page would show the quote unexplained.
 */
export function requireGlosses(
  r: Problems,
  source: Source,
  glosses: Record<string, string>,
  editions: readonly string[],
): void {
  const language = new Intl.Locale(source.language).language;
  const missing = editions.filter((lang) => new Intl.Locale(lang).language !== language && !glosses[lang]);
  if (missing.length)
    r.fail(
      `its quote is in ${languageName(source.language)} ("${source.language}"), and the ` +
        `${missing.map((l) => `"${l}"`).join(', ')} edition shows a translation beside it: ` +
        `add it to "gloss" ({ ${missing.map((l) => `"${l}": …`).join(', ')} })`,
    );
}
