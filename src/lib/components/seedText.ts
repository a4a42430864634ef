/**
 * The source reader's seed texts: one request per file for the life of the page; a failed one is
 * forgotten, so that it can be retried. Only a plain-text answer counts: a host that answers a
 * missing file with a page of its own (HTML, with 200) has not sent the article. A request that
 * does not finish in READ_TIMEOUT fails, so the reader never waits for ever.
 */
const texts = new Map<string, Promise<string>>();

/** How long the reader waits for a text before it offers the plain file instead. */
export const READ_TIMEOUT = 15_000;

export function fetchText(url: string, timeout = READ_TIMEOUT): Promise<string> {
  let text = texts.get(url);
  if (!text) {
    text = fetch(url, { signal: AbortSignal.timeout(timeout) }).then((res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      const type = res.headers.get('content-type') ?? '';
      if (!/^text\/plain\b/i.test(type)) throw new Error(`${url}: ${type || 'no content type'}, not plain text`);
      return res.text();
    });
    text.catch(() => texts.delete(url));
    texts.set(url, text);
  }
  return text;
}
