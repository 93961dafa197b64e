// Changes to people go in the same history as changes to Zoom (kind
// 'person'): who did what to whom, before and after. Nothing is sent to Zoom,
// so the entry is written in the same transaction as the change itself.
import { randomUUID } from 'node:crypto';
import type { PERSON_ACTIONS } from '@switchboard/contract/audit';
import type { Db } from '../../db/database';
import { toJson } from '../../db/json';
import { ownerText } from '../../lib/process-identity';
import { auditDb } from '../audit/table';
import type { PersonState } from './state';

export interface PersonChange {
  action: (typeof PERSON_ACTIONS)[number];
  actor: { id: string; email: string | null };
  target: { id: string; name: string };
  before: PersonState | null;
  after: PersonState | null;
  diff: { field: string; before: string; after: string }[];
  message: string;
}

export async function recordPersonChange(db: Db, c: PersonChange): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  await auditDb(db)
    .insertInto('audit_log')
    .values({
      id,
      kind: 'person',
      actor: c.actor.id,
      actor_email: c.actor.email,
      action: c.action,
      target: c.target.id,
      target_name: c.target.name,
      scope: null,
      before: toJson(c.before)!,
      after: toJson(c.after)!,
      ops: toJson([])!,
      outcome: 'applied',
      details: toJson({ diff: c.diff, mismatches: [], message: c.message, jobId: null })!,
      finished_at: now,
      owner: ownerText(),
      heartbeat_at: now,
      provider_calls: 0,
    })
    .execute();
  return id;
}
