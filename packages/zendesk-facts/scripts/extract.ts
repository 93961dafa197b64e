// Regenerates facts/zendesk-talk.json from the two Zendesk Talk reference documents.
//   tsx scripts/extract.ts [reference-folder]   (default: ../../../shared/reference from the package)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FactsFile } from '../src/facts';
import { parseApiText } from './api-text';
import { buildOperations, listFieldsOf } from './operations';
import { buildResources } from './resources';
import { parseSummaryMd } from './summary-md';
import { serializeFacts } from './write';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const arg = process.argv[2];
const refDir = arg ? resolve(arg) : resolve(packageDir, '../../../shared/reference');
const API = 'zendesk-talk-ivr-api.txt';
const SUMMARY = 'zendesk-talk-ivr-menus-routes.md';

export function extract(apiText: string, summaryText: string): { facts: FactsFile; notes: string[] } {
  const api = parseApiText(apiText);
  const summary = parseSummaryMd(summaryText);
  const { resources, keypresses, routeActions, notes } = buildResources(api, summary);
  const ops = buildOperations(api, summary);
  notes.push(...ops.notes);
  if (api.basic && api.basic.replace('email_address', 'email') !== summary.basic) notes.push(`the curl samples use ${api.basic}, the summary ${summary.basic}`);
  const facts: FactsFile = {
    product: 'zendesk-talk',
    sources: [API, SUMMARY],
    baseUrl: summary.baseUrl,
    auth: { basic: summary.basic, bearer: summary.bearer },
    plans: api.plans,
    jsonSuffix: api.jsonSuffix,
    keypresses,
    routeActions,
    pagination: { ...summary.pagination, listFields: listFieldsOf(api, summary, resources.ivr.listKey) },
    rateLimit: {
      per: 'minute',
      scope: 'account',
      byPlan: summary.rateLimit.byPlan,
      status: summary.rateLimit.status,
      header: summary.rateLimit.header,
    },
    errors: { fields: summary.errors.fields.slice(0, -1), details: { field: summary.errors.fields.at(-1) ?? '', status: summary.errors.detailsStatus } },
    resources,
    operations: ops.operations,
  };
  if (!summary.rateLimit.perMinute || !summary.rateLimit.perAccount) notes.push('the summary no longer says the limits are per account per minute');
  return { facts, notes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { facts, notes } = extract(readFileSync(join(refDir, API), 'utf8'), readFileSync(join(refDir, SUMMARY), 'utf8'));
  mkdirSync(join(packageDir, 'facts'), { recursive: true });
  writeFileSync(join(packageDir, 'facts', 'zendesk-talk.json'), serializeFacts(facts));
  const inferred = Object.values(facts.resources).flatMap((r) => Object.entries(r.fields).filter(([, f]) => f.inferred).map(([n]) => `${r.wrapper}.${n}`));
  console.log(`zendesk talk: ${facts.operations.length} operations (${facts.operations.filter((o) => o.source === 'api').length} from the IVR document), ${Object.keys(facts.resources).length} resources, ${facts.keypresses.length} keypresses, ${Object.keys(facts.routeActions).length} route actions`);
  console.log(`  fields typed by inference: ${inferred.join(', ') || 'none'}`);
  for (const note of notes) console.log(`  note: ${note}`);
}
