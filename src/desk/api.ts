/**
 * The page's calls to the desk's server: every one carries the run's token (in the page's HTML),
 * and the hashes of the files as the page read them, so a file changed on disk is refused by name.
 */
import type { Hashes } from './draft.ts';

const token = document.querySelector<HTMLMetaElement>('meta[name="desk-token"]')?.content ?? '';

export interface DeskState {
  hashes: Hashes;
  /** data/languages/<tag>.json texts, by path. */
  languages: Record<string, string>;
  sources: Record<string, unknown>[];
  quantities: { id: string; label: string | Record<string, string>; definition: string | Record<string, string> }[];
  claimants: { key: string; label: string | Record<string, string>; kind: string }[];
  editions: string[];
  devUrl: string;
}

export type Answer<T> = { ok: true; data: T } | { ok: false; error: string; changed?: string[] };

export async function call<T>(path: string, body?: unknown): Promise<Answer<T>> {
  const res = await fetch(`/api/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Desk-Token': token },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json()) as T & { error?: string; changed?: string[] };
  return res.ok ? { ok: true, data } : { ok: false, error: data.error ?? res.statusText, changed: data.changed };
}

/** A text of data/ in English: a string, or the "en" of an object by language. */
export const english = (t: string | Record<string, string>) => (typeof t === 'string' ? t : (t.en ?? ''));

/** Outlets already in data/sources.json, each with the editions it has. */
export function outletsOf(sources: DeskState['sources']): { outlet: string; editions: string[] }[] {
  const by = new Map<string, Set<string>>();
  for (const s of sources) {
    const set = by.get(String(s.outlet)) ?? new Set<string>();
    if (s.edition) set.add(String(s.edition));
    by.set(String(s.outlet), set);
  }
  return [...by].map(([outlet, editions]) => ({ outlet, editions: [...editions] }));
}
