/**
 * npm run check:data — validates every file in data/ (and the story copy) against the seeds.
 * Prints one line per problem, naming the file and the entry, and exits 1 if there is any.
 */
import { loadEditionsContent, LedgerInvalid } from './lib/load.ts';

try {
  // Every edition: its copy, and every reader-facing text in its language.
  const editions = loadEditionsContent();
  const { ledger } = editions[0];
  for (const note of new Set(editions.flatMap((e) => e.notes))) console.log(`check:data: note: ${note}`);
  const languages = new Set(ledger.sources.map((s) => s.language));
  console.log(
    `check:data: ${ledger.claims.length} claims from ${ledger.sources.length} sources in ${languages.size} ` +
      `language(s), ${ledger.events.length} events, ${ledger.flows.length} flows: every quote found in its seed; ` +
      `story copy checked in ${editions.length} edition(s) (${editions.map((e) => e.edition.lang).join(', ')}).`,
  );
} catch (e) {
  if (!(e instanceof LedgerInvalid)) throw e;
  console.error(e.report);
  console.error(`check:data: ${e.report.split('\n').length} problem(s) in data/ and seeds/.`);
  process.exit(1);
}
