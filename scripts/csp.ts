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
