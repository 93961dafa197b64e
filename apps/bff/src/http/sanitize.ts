// Zoom's error messages reach people: the browser, the change history and log
// files that get shared. Zoom writes them, and they may quote anything Zoom was
// sent or holds — a token, a signed download link. Anything that looks like a
// credential becomes "[removed]"; the words around it stay readable.

export const REMOVED = '[removed]';

/** Zoom's messages are a sentence or two; a longer one is cut (it is no sentence). */
const MAX_LENGTH = 500;

// Never re-match what was already removed: the function is idempotent.
const NOT_REMOVED = String.raw`(?!\[removed\])`;
// A value ends before whitespace and separators, and before punctuation that ends a sentence.
const VALUE = String.raw`[^\s&"'<>]*[^\s&"'<>.,;:!?)\]]`;
// Names of query parameters and JSON fields that carry credentials (signed S3 / CloudFront links included).
const SECRET_NAME = String.raw`[\w-]*(?:token|secret|password|passwd|credential|signature)[\w-]*|sig|api[_-]?key|access[_-]?key|x-amz-[\w-]+|key-pair-id|policy`;

/** Random-looking: digits, or upper and lower case mixed (words and snake_case names are neither). */
const looksRandom = (s: string) => /\d/.test(s) || (/[a-z]/.test(s) && /[A-Z]/.test(s));

const RULES: [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  // A URL's query string: signed links carry their signature and credentials there.
  [new RegExp(String.raw`(\bhttps?://[^\s?#"'<>]+)\?${NOT_REMOVED}[^\s#"'<>]*[^\s#"'<>.,;:!?)\]]`, 'gi'), `$1?${REMOVED}`],
  // name=value outside URLs: access_token=…, token=…, signature=…, sig=…
  [new RegExp(String.raw`\b(${SECRET_NAME})=${NOT_REMOVED}${VALUE}`, 'gi'), `$1=${REMOVED}`],
  // "access_token": "…" in quoted JSON
  [new RegExp(String.raw`("(?:${SECRET_NAME})"\s*:\s*")${NOT_REMOVED}[^"]*"`, 'gi'), `$1${REMOVED}"`],
  // Authorization header values
  [/\b(Bearer|Basic)\s+(?!\[removed\])[A-Za-z0-9._~+/-]+=*/gi, `$1 ${REMOVED}`],
  // JWTs: three base64url parts joined by dots
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REMOVED],
  [/\b[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, (m) => (looksRandom(m) ? REMOVED : m)],
  // long hex runs (hashes, keys)
  [/\b[0-9a-fA-F]{24,}\b/g, REMOVED],
  // long base64 runs with + or / inside (standard alphabet); a path starting with / is not one
  [/(?<![\w/+.:-])[A-Za-z0-9+]+[+/][A-Za-z0-9+/]*={0,2}/g, (m) => (m.length >= 24 && looksRandom(m) ? REMOVED : m)],
  // long base64url runs (tokens, keys); Zoom's ids are 22 characters and stay
  [/[A-Za-z0-9_-]{24,}={0,2}/g, (m) => (looksRandom(m) ? REMOVED : m)],
];

/** The text with anything credential-like replaced by "[removed]", on one line, at most 500 characters. */
export function sanitize(text: string): string {
  // Control characters (newlines included) would let a message forge log lines or hide text.
  let out = text.replace(/\p{Cc}+/gu, ' ');
  for (const [pattern, replacement] of RULES) {
    out = out.replace(pattern, replacement as (match: string, ...groups: string[]) => string);
  }
  out = out.replace(/\s{2,}/g, ' ').trim();
  return out.length > MAX_LENGTH ? `${out.slice(0, MAX_LENGTH - 1)}…` : out;
}
