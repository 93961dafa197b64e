// Regenerates facts/*.json from Zoom's public API documents.
//   tsx scripts/extract.ts [reference-folder]   (default: ../../../shared/reference from the package)
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OperationFact } from '../src/facts';
import { parseCcMd } from './cc-md';
import { unsplitErrors } from './errors';
import { routeKey } from './paths';
import { phoneOperations } from './phone';
import { parsePhoneMd } from './phone-md';
import { serializeFacts } from './write';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const arg = process.argv[2];
const refDir = arg ? resolve(arg) : resolve(packageDir, '../../../shared/reference');
const outDir = join(packageDir, 'facts');

interface IndexRow {
  method: string;
  path: string;
  file: string;
}

function readIndex(dir: string): IndexRow[] {
  const rows: IndexRow[] = [];
  for (const line of readFileSync(join(refDir, dir, 'INDEX.md'), 'utf8').split('\n')) {
    const m = /^\| (\w+) \| `([^`]+)` \|.*\| ([^|]+\.md) \|$/.exec(line.trim());
    if (m) rows.push({ method: m[1] ?? '', path: m[2] ?? '', file: (m[3] ?? '').trim() });
  }
  return rows;
}

function phone(): OperationFact[] {
  const openapiFile = 'openapi/zoom-phone.openapi.json';
  const doc = JSON.parse(readFileSync(join(refDir, openapiFile), 'utf8')) as Record<
    string,
    unknown
  >;
  const mdOps = readIndex('zoom-phone').map((row) => {
    const op = parsePhoneMd(readFileSync(join(refDir, 'zoom-phone', row.file), 'utf8'));
    if (routeKey(op.method, op.path) !== routeKey(row.method, row.path))
      console.warn(`! ${row.file} documents ${op.method} ${op.path}`);
    return op;
  });
  const { ops, stats } = phoneOperations(doc, mdOps);
  console.log(
    `phone: ${ops.length} operations (${stats.mdOnly.length} only in markdown, ${stats.openapiOnly.length} only in OpenAPI)`,
  );
  const a = stats.align;
  console.log(
    `  markdown fields matched to OpenAPI: ${a.matched}; only in markdown, grafted: ${a.grafted} (placed by example ${a.byExample}, by sibling order ${a.byOrder}, innermost open object ${a.innermost}); type conflicts kept as OpenAPI: ${a.conflicts}; listed twice: ${a.duplicates}`,
  );
  if (stats.statusOnlyInMd.length)
    console.log(
      `  success status only in markdown (schema null): ${stats.statusOnlyInMd.join(', ')}`,
    );
  if (stats.bodyOnlyInMd.length)
    console.log(
      `  body documented only in markdown (schema null): ${stats.bodyOnlyInMd.join(', ')}`,
    );
  write('zoom-phone.json', 'phone', [openapiFile, 'zoom-phone/*.md'], ops);
  return ops;
}

function contactCenter(): OperationFact[] {
  const sources = ['zoom-contact-center/*.md'];
  const ops = new Map<string, OperationFact>();
  let leftover = 0;
  const take = (text: string): void => {
    const parsed = parseCcMd(text);
    leftover += parsed.leftover;
    ops.set(routeKey(parsed.op.method, parsed.op.path), parsed.op);
  };
  const rows = readIndex('zoom-contact-center');
  for (const file of new Set(rows.map((r) => r.file)))
    take(readFileSync(join(refDir, 'zoom-contact-center', file), 'utf8'));
  // Two operations share one truncated file name; the combined document still has the other one.
  const missing = rows.filter((r) => !ops.has(routeKey(r.method, r.path)));
  const fullFile = 'full/zoom-contact-center-api.txt';
  if (missing.length > 0 && existsSync(join(refDir, fullFile))) {
    const chunks = splitCombined(readFileSync(join(refDir, fullFile), 'utf8'));
    for (const row of missing) {
      const chunk = chunks.find((c) => routeKey(...headerOf(c)) === routeKey(row.method, row.path));
      if (chunk) take(chunk);
      else console.warn(`! contact center: no document for ${row.method} ${row.path}`);
    }
    sources.push(fullFile);
  }
  console.log(`contact center: ${ops.size} operations; ${leftover} schema lines not understood`);
  write('zoom-contact-center.json', 'contact-center', sources, [...ops.values()]);
  return [...ops.values()];
}

function splitCombined(text: string): string[] {
  const lines = text
    .replace(/\u00a0/g, ' ')
    .split(/\r?\n/)
    .filter((l) => l.trim().length > 0);
  const starts = lines.flatMap((l, i) => (/^ {2}• Method: /.test(lines[i + 1] ?? '') ? [i] : []));
  return starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length).join('\n'));
}

function headerOf(chunk: string): [string, string] {
  return [/• Method: (\w+)/.exec(chunk)?.[1] ?? '', /• Path: (\S+)/.exec(chunk)?.[1] ?? ''];
}

function write(
  file: string,
  product: 'phone' | 'contact-center',
  sources: string[],
  operations: OperationFact[],
): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, file), serializeFacts({ product, sources, operations }));
}

phone();
contactCenter();
if (unsplitErrors.length > 0) console.log(`error text left unsplit: ${unsplitErrors.join('; ')}`);
