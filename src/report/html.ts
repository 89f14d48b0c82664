/**
 * Escaping for the HTML report. Everything in it that comes from an archive (text, ids, names, field values) is
 * untrusted: it goes through escapeHtml (text and quoted attribute values), jsonForScript (data read by the
 * page's script) or safeHref (links). The page also forbids every network request and any script without its
 * nonce (a Content-Security-Policy), so a slip here still could not run code or call out.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or a double- or single-quoted attribute value: & < > " ' as entities. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON to put inside <script type="application/json">: "<" as \u003c so no "</script>" or "<!--" can end or
 * change the element, and U+2028/U+2029 escaped for old parsers. Still the same JSON value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A URL from an archive as a link target: http(s) only ("javascript:", "data:" and the rest are not links). */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
