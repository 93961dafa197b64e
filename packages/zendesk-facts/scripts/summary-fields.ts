// A resource's field list in the summary, e.g.
//   `id`, `keypress` ("0"–"9", "*", "#", or "default"), `options` (by action: group → `group_ids`; …),
//   read-only `greeting` and `option_text` (e.g. the group's name).
// Each backticked name at the top level is a field; the parenthesis right after
// it annotates it: "read-only", quoted allowed values ("0"–"9" is a range), or
// "by action: a → `x`; …" (with "(+ …)" marking an action that takes more than
// its named option). "read-only" before a name marks it and the names after it.

export interface SummaryField {
  name: string;
  readOnly: boolean;
  values?: string[];
  byAction?: Record<string, string[]>;
  /** actions whose option list the summary leaves open, e.g. textback "(+ where to continue)" */
  openActions?: string[];
}

export function parseFieldList(text: string): SummaryField[] {
  const fields: SummaryField[] = [];
  let readOnlyFromHere = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      const field: SummaryField = { name: text.slice(i + 1, end), readOnly: readOnlyFromHere };
      i = end + 1;
      const open = /^\s*\(/.exec(text.slice(i));
      if (open) {
        const start = i + open[0].length;
        const close = matching(text, start);
        annotate(field, text.slice(start, close));
        i = close + 1;
      }
      fields.push(field);
    } else if (text.startsWith('read-only ', i)) {
      readOnlyFromHere = true;
      i += 'read-only '.length;
    } else if (c === '(') i = matching(text, i + 1) + 1;
    else i++;
  }
  return fields;
}

/** Index of the parenthesis closing the one opened just before `from`. */
function matching(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced parenthesis in "${text.slice(from - 1, from + 40)}…"`);
}

function annotate(field: SummaryField, note: string): void {
  if (/^read-only\b/.test(note)) field.readOnly = true;
  if (note.startsWith('by action:')) {
    field.byAction = {};
    for (const part of note.slice('by action:'.length).split(';')) {
      const m = /^\s*(\w+) → (.*)$/s.exec(part);
      if (!m?.[1]) continue;
      field.byAction[m[1]] = [...(m[2] ?? '').replace(/\([^)]*\)/g, '').matchAll(/`(\w+)`/g)].map((x) => x[1] ?? '');
      if (/\(\+/.test(m[2] ?? '')) (field.openActions ??= []).push(m[1]);
    }
    return;
  }
  const values = quotedValues(note);
  if (values.length > 0) field.values = values;
}

/** "0"–"9", "*", "#", or "default" → 0 … 9, *, #, default */
export function quotedValues(note: string): string[] {
  const out: string[] = [];
  for (const m of note.matchAll(/"([^"]+)"(?:\s*[–-]\s*"([^"]+)")?/g)) {
    const from = m[1] ?? '';
    const to = m[2];
    if (to !== undefined && /^\d$/.test(from) && /^\d$/.test(to)) {
      for (let d = Number(from); d <= Number(to); d++) out.push(String(d));
    } else out.push(from);
  }
  return out;
}
