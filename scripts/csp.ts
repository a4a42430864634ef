/**
 * The Content-Security-Policy the story and its embeds work under. Serve every page with it as
 * an HTTP header (vite preview does, and so does every browser test). No 'unsafe-eval', no inline
 * or foreign scripts, no inline <style> elements; MapLibre's worker is allowed explicitly
 * (worker-src 'self' blob:). Inline style *attributes* are allowed: server-rendered charts place
 * a few labels with them, and an attribute cannot run script or load from another origin.
 * frame-ancestors * lets any newsroom page embed the graphics.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'self'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

/**
 * What the preview server sends with every file, and a production host must send (README,
 * "Headers a production host must send"): the CSP, and `Access-Control-Allow-Origin: *`. A
 * newsroom CMS puts an embed in `<iframe sandbox="allow-scripts">`: the page then has an opaque
 * origin, to which every file of the story is another origin's, and module scripts, stylesheets
 * loaded for them and fetch() all ask for CORS. Every file here is public, so any origin may read it.
 */
export const HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'Access-Control-Allow-Origin': '*',
};
