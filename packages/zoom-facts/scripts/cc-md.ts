// Zoom Contact Center per-operation documents: plain-text header, then
// "Request Body" / "Responses" with "Content-Type:" sections holding indented trees.
import type { BodyFact, HttpMethod, OperationFact, ResponseFact, SchemaFact } from '../src/facts';
import { TreeParser } from './cc-tree';
import { errorFacts, type StatusBlock } from './errors';
import { headerFacts } from './header';
import { pathParams } from './paths';

interface Section {
  contentType: string;
  lines: string[];
}

export interface CcParse {
  op: OperationFact;
  /** lines inside schema sections the tree grammar did not account for */
  leftover: number;
}

const marker = /^(Request Body|Responses|Content-Type: |Status: |Example:)/;

export function parseCcMd(text: string): CcParse {
  const lines = text.replace(/\u00a0/g, ' ').split(/\r?\n/);
  const title = lines[0]?.trim() ?? '';
  const method = /• Method: (\w+)/.exec(text)?.[1] as HttpMethod;
  const path = /• Path: (\S+)/.exec(text)?.[1] ?? '';
  const start = lines.findIndex((l) => /^(Request Body|Responses)$/.test(l));
  const header = headerFacts(lines.slice(0, start < 0 ? lines.length : start).join('\n'));

  let body: Section[] | null = null;
  const statuses: (StatusBlock & { sections: Section[] })[] = [];
  let current: Section[] | null = null;
  let section: Section | null = null;
  let inExample = false;
  for (const line of start < 0 ? [] : lines.slice(start)) {
    if (marker.test(line)) {
      inExample = line.startsWith('Example:');
      section = null;
      if (line === 'Request Body') current = body = [];
      else if (line.startsWith('Status: ')) {
        const status = Number(/^Status: (\d+)/.exec(line)?.[1]);
        const block = { status, text: line.replace(/^Status: \d+/, ''), sections: [] };
        statuses.push(block);
        current = block.sections;
      } else if (line.startsWith('Content-Type: ') && current) {
        section = { contentType: line.slice('Content-Type: '.length).trim(), lines: [] };
        current.push(section);
      }
      continue;
    }
    if (inExample) continue;
    if (section) section.lines.push(line);
    else if (statuses.length > 0 && current === statuses[statuses.length - 1]?.sections) {
      (statuses[statuses.length - 1] as StatusBlock).text += `\n${line}`;
    }
  }

  let leftover = 0;
  const schemaOf = (s: Section): SchemaFact | null => {
    const parsed = new TreeParser(s.lines).parse();
    leftover += parsed.leftover;
    return parsed.schema;
  };
  const bodyFacts: BodyFact[] | null = body
    ? body.length > 0
      ? body.map((s) => ({ contentType: s.contentType, schema: schemaOf(s) }))
      : [{ contentType: 'application/json', schema: null }]
    : null;
  const responses: ResponseFact[] = statuses
    .filter((s) => s.status < 400)
    .map((s) => {
      const first = s.sections[0];
      return {
        status: s.status,
        contentType: first?.contentType ?? null,
        schema: first ? schemaOf(first) : null,
      };
    });

  const op: OperationFact = {
    id: `${method} ${path}`,
    product: 'contact-center',
    method,
    path,
    title,
    label: header.label,
    scopes: header.scopes,
    granularScopes: header.granularScopes,
    pathParams: pathParams(path),
    query: null,
    body: bodyFacts,
    responses,
    errors: errorFacts(statuses, `${method} ${path}`),
    shape: 'indented-doc',
  };
  return { op, leftover };
}
