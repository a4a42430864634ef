/**
 * The source reader's seed texts: one request per file for the life of the page; a failed one is
 * forgotten, so that it can be retried.
 */
const texts = new Map<string, Promise<string>>();

export function fetchText(url: string): Promise<string> {
  let text = texts.get(url);
  if (!text) {
    text = fetch(url).then((res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return res.text();
    });
    text.catch(() => texts.delete(url));
    texts.set(url, text);
  }
  return text;
}
