// Where does a call to this number go, at this instant, after these keys?
// `trace` answers from a snapshot of the account, step by step with a sentence
// for each, ending in who rings or what plays: the shape of
// `GET /api/routing/trace`. Pure and clock-free: the instant is an argument.
// It always ends: every key pressed is a step, and coming back to a place with
// no key pressed since is reported as a loop instead of followed.
import { IVR_KEYS, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import { formatPhoneNumber } from '../format/phone';
import { parseInstant } from '../schedule/zone-time';
import { normalizeCalledNumber } from './called-number';
import type { RoutingSnapshot } from './snapshot';
import { indexSnapshot } from './snapshot-index';
import { ending, step, type Ending, type TraceContext } from './trace-context';
import { enterAssignee } from './trace-follow';
import { TraceInputError, type Trace, type TraceWithOutcome } from './trace-types';
import { objectWords } from './trace-words';

const isKey = (k: string): k is IvrKey => (IVR_KEYS as readonly string[]).includes(k);

/** "2,1" or "2 1 #" → ["2", "1", "#"]; throws TraceInputError on anything that is not a key. */
export function parseTraceKeys(text: string): IvrKey[] {
  const keys = text.split(/[\s,]+/).filter(Boolean);
  const bad = keys.find((k) => !isKey(k));
  if (bad !== undefined) throw new TraceInputError(`"${bad}" is not a key of a phone keypad (0–9, * or #).`);
  return keys as IvrKey[];
}

/** The trace with what its end means (rings, voicemail, external, disconnected, loop, broken). */
export function traceWithOutcome(
  snapshot: RoutingSnapshot,
  numberInput: string,
  instant: string,
  keys: readonly string[],
): TraceWithOutcome {
  try {
    parseInstant(instant);
  } catch (e) {
    throw new TraceInputError((e as Error).message);
  }
  const pressed = parseTraceKeys(keys.join(','));
  const index = indexSnapshot(snapshot);
  const called = normalizeCalledNumber(numberInput, {
    hasExtensionNumber: (n) => index.byExtensionNumber.has(n),
    hasPhoneNumber: (n) => index.numbers.has(n),
    defaultCountry: snapshot.defaultCountry,
    countries: snapshot.countries,
  });
  const ctx: TraceContext = { index, instant, keys: pressed, next: 0, steps: [], stack: [], path: [] };
  const result = start(ctx, called);
  return { steps: ctx.steps, end: result.end, outcome: result.outcome };
}

/** `GET /api/routing/trace`'s answer: `{steps, end}`. Throws TraceInputError for input it cannot read. */
export function trace(snapshot: RoutingSnapshot, numberInput: string, instant: string, keys: readonly string[]): Trace {
  const { steps, end } = traceWithOutcome(snapshot, numberInput, instant, keys);
  return { steps, end };
}

function start(ctx: TraceContext, called: ReturnType<typeof normalizeCalledNumber>): Ending {
  const { index } = ctx;
  if (called.kind === 'extension') {
    const e = index.byExtensionNumber.get(called.extensionNumber)!;
    const name = `Extension ${called.extensionNumber}`;
    step(ctx, 'number', called.extensionNumber, name, `${name} is ${objectWords(e)}.`);
    return enterAssignee(ctx, { type: 'extension', extensionId: e.ext.extensionId })!;
  }
  const number = called.e164;
  const formatted = formatPhoneNumber(number);
  const entry = index.numbers.get(number);
  const broken = (reason: string) => ending('broken', { kind: 'number', id: number, name: formatted, reason });
  if (!entry) return broken(`${formatted} is not a phone number of this account.`);
  if (!entry.assignee) return broken(`${formatted} is a number of this account but is assigned to nothing, so Zoom does not route its calls.`);
  const assignee = entry.assignee;
  const target =
    assignee.type === 'ccEntryPoint'
      ? (() => {
          const p = index.entryPoints.get(assignee.entryPointId);
          return p ? `Contact Center entry point '${p.name}'` : null;
        })()
      : (() => {
          const e = index.byExtensionId.get(assignee.extensionId);
          return e ? objectWords(e) : null;
        })();
  if (!target) return broken(`${formatted} is assigned to something that no longer exists in Zoom: its calls cannot be connected.`);
  step(ctx, 'number', number, formatted, `${formatted} is assigned to ${target}.`);
  return enterAssignee(ctx, assignee)!;
}
