// The committed facts, typed, plus the operations decision 013 adds (groups
// and greetings to pick from), which the documents do not describe.
import talkJson from '../facts/zendesk-talk.json' with { type: 'json' };
import { DECIDED_OPERATIONS } from './decided';
import type { FactsFile, OperationFact } from './facts';

export const talkFacts: FactsFile = talkJson;

/** The documented operations followed by the decided ones (source: 'decision'). */
export const allOperations: readonly OperationFact[] = [...talkFacts.operations, ...DECIDED_OPERATIONS];
