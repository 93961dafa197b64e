// Small text helpers shared by the parsers. Prose is read here only to derive
// booleans or to split error messages; no description is ever written out.

/** Markdown hard breaks (`\` at line end, `<br>`) become newlines; escapes are removed. */
export function unescapeMd(text: string): string {
  return text
    .replace(/\\\r?\n/g, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!:&|<>~"'$=])/g, '$1')
    .replace(/&mdash;/g, '—')
    .replace(/&amp;/g, '&');
}

const nullablePatterns = [
  /\bnullable\b/,
  /\b(?:can|may|might|could|will) (?:also )?be null\b/,
  /\bor null\b/,
  /\breturns? null\b/,
  /\bset to null\b/,
  /\bprovided as null\b/,
  /\b(?:this field|the field|it|the value|this value) is null\b/,
  /\bomitted, null\b/,
];

/** Whether a field description says the value may be null ("can be null", "or null", ...). */
export function proseSaysNullable(description: string | undefined): boolean {
  if (!description) return false;
  const text = description.replace(/`/g, '').toLowerCase();
  return nullablePatterns.some((re) => re.test(text));
}

/**
 * Splits the text documented after one Error Code into messages: one per line,
 * then per sentence (a period, whitespace, then a capital, `{` or `$`), never
 * inside a `{placeholder}`.
 */
export function splitMessages(text: string): string[] {
  const out: string[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/(?:\\|\s)+$/, '').trim();
    // "Validation failed. - A. - B." lists several messages on one line
    if (line) out.push(...line.split(/(?<=[.:])\s+-\s+/).flatMap(splitSentences));
  }
  // list bullets and stray wrapping quotes are not part of what Zoom answers
  return out
    .map((m) =>
      m
        .trim()
        .replace(/^[*-]\s*/, '')
        .replace(/^"|"$/g, '')
        .trim(),
    )
    .filter((m) => m.length > 0);
}

function splitSentences(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === '.' && depth === 0) {
      const rest = line.slice(i + 1);
      const m = /^\s+(?=[A-Z{$])/.exec(rest);
      if (m) {
        parts.push(line.slice(start, i + 1));
        start = i + 1 + m[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(line.slice(start));
  return parts;
}

/** Backticked values after a label, e.g. "**[Scopes](…):** `a`,`b`" or "Scopes: a,b". */
export function splitList(raw: string): string[] {
  const ticked = [...raw.matchAll(/`([^`]*)`/g)].map((m) => m[1] ?? '');
  const items = (ticked.length > 0 ? ticked : [raw]).flatMap((s) => s.split(','));
  return [...new Set(items.map((s) => s.trim()).filter((s) => s.length > 0))];
}
