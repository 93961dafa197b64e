// Zoom Phone per-operation markdown: a header, "#### Request Body" and
// "#### Responses" sections, fields as a FLAT bullet list (nesting lost).
import type { HttpMethod } from '../src/facts';
import type { StatusBlock } from './errors';
import { headerFacts, type HeaderFacts } from './header';
import { proseSaysNullable, unescapeMd } from './md-text';

/** One bullet of the flat field list. */
export interface FlatField {
  name: string;
  required: boolean;
  type: string;
  enum?: string;
  format?: string;
  nullable: boolean;
}

export interface MdSection {
  contentType: string | null;
  fields: FlatField[];
  /** the section's JSON example, read only for where fields nest */
  example?: string;
}

export interface PhoneMdOp extends HeaderFacts {
  method: HttpMethod;
  path: string;
  title: string;
  deprecated: boolean;
  body: MdSection[] | null;
  statuses: (StatusBlock & { sections: MdSection[] })[];
}

export function parsePhoneMd(text: string): PhoneMdOp {
  const title = /^### (.+)$/m.exec(text)?.[1]?.trim() ?? '';
  const method = /\*\*Method:\*\*\s*`(\w+)`/.exec(text)?.[1] as HttpMethod;
  const path = /\*\*Path:\*\*\s*`([^`]+)`/.exec(text)?.[1] ?? '';
  const [head = '', ...sections] = text.split(/^#### /m);
  const bodyText = sections.find((s) => s.startsWith('Request Body'));
  const responsesText = sections.find((s) => s.startsWith('Responses')) ?? '';
  return {
    method,
    path,
    title: title.replace(/\s*⚠️?\s*Deprecated\s*$/u, ''),
    deprecated: /Deprecated\s*$/.test(title),
    ...headerFacts(head),
    body: bodyText === undefined ? null : contentSections(bodyText, '##### '),
    statuses: responsesText
      .split(/^##### Status: /m)
      .slice(1)
      .map((block) => {
        const status = Number(/^\d+/.exec(block)?.[0]);
        const [statusText = ''] = block.split(/^###### |^```/m);
        return {
          status,
          text: statusText.replace(/^\d+/, ''),
          sections: contentSections(block, '###### '),
        };
      }),
  };
}

function contentSections(text: string, marker: string): MdSection[] {
  const parts = text.split(new RegExp(`^${marker}Content-Type: `, 'm')).slice(1);
  if (parts.length === 0 && marker === '##### ') return [{ contentType: null, fields: [] }];
  return parts.map((part) => ({
    contentType: /^[\w.+-]+\/[\w.+-]+/.exec(part)?.[0] ?? null,
    fields: flatFields(stripExamples(part)),
    example: /```json\s*([\s\S]*?)```/.exec(part)?.[1],
  }));
}

function stripExamples(text: string): string {
  return text.replace(/```[\s\S]*?```/g, ' ');
}

// "- **`name` (required)** `type`, possible values: `…`, format: `…` — prose"
const fieldRe =
  /(?:^|\s)[-*] \*\*`([^`]+)`( \(required\))?\*\*\s*`(\w+)`((?:,\s*[a-z ]+:\s*`[^`]*`)*)([^\n]*?)(?=\s[-*] \*\*`|\n|$)/g;
const itemsRe = /\*\*Items:\*\*\s*`(\w+)`((?:,\s*[a-z ]+:\s*`[^`]*`)*)/g;

function flatFields(text: string): FlatField[] {
  const found: { at: number; field: FlatField }[] = [];
  for (const m of text.matchAll(fieldRe)) {
    found.push({
      at: m.index ?? 0,
      field: field(m[1] ?? '', Boolean(m[2]), m[3] ?? '', m[4] ?? '', m[5] ?? ''),
    });
  }
  // primitive array items ("**Items:** `string`") are listed as nameless entries
  for (const m of text.matchAll(itemsRe)) {
    found.push({ at: m.index ?? 0, field: field('[]', false, m[1] ?? '', m[2] ?? '', '') });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.field);
}

function field(
  name: string,
  required: boolean,
  type: string,
  attrs: string,
  rest: string,
): FlatField {
  const f: FlatField = { name, required, type, nullable: proseSaysNullable(unescapeMd(rest)) };
  for (const a of attrs.matchAll(/([a-z ]+):\s*`([^`]*)`/g)) {
    const key = a[1]?.trim();
    if (key === 'possible values') f.enum = a[2];
    if (key === 'format') f.format = a[2];
  }
  return f;
}
