// The closure-set form: name, description and the whole list of closures on
// the set's wall clock (a closure with an id is rewritten, one without added,
// one left out deleted). Checked with the contract's write schema and Zoom's
// closure rules (routing-core) before anything is sent.
import { z } from 'zod';
import { closureSetWriteBodySchema, type CcClosure, type ClosureSetResponse, type ClosureSetWriteBody } from '@switchboard/contract/cc-hours';
import { closureIssues } from '@switchboard/routing-core/schedule/closures';

export interface ClosureSetForm {
  name: string;
  description: string;
  closures: CcClosure[];
}

export const formFromClosureSet = ({ closureSet: s }: ClosureSetResponse): ClosureSetForm => ({ name: s.name, description: s.description, closures: s.closures });

/** What is sent of a closure: the contract's fields only (its id when Zoom has it). */
const sent = (c: CcClosure): CcClosure => ({ ...(c.id ? { id: c.id } : {}), name: c.name.trim(), start: c.start, end: c.end, allDay: c.allDay, recurrence: c.recurrence });

export function closureSetBody(loaded: ClosureSetResponse, form: ClosureSetForm): ClosureSetWriteBody {
  const s = loaded.closureSet;
  return {
    baseVersion: loaded.version,
    ...(form.name.trim() !== s.name ? { name: form.name.trim() } : {}),
    ...(form.description !== s.description ? { description: form.description } : {}),
    closures: form.closures.map(sent),
  } as ClosureSetWriteBody;
}

const same = (a: CcClosure, b: CcClosure) => JSON.stringify(sent(a)) === JSON.stringify(sent(b));

/** Closures added, changed or removed, plus a new name or description. */
export function changeCount(loaded: ClosureSetResponse, form: ClosureSetForm): number {
  const before = loaded.closureSet.closures;
  const body = closureSetBody(loaded, form);
  const changed = form.closures.filter((c) => !c.id || !before.some((b) => b.id === c.id && same(b, c))).length;
  const removed = before.filter((b) => !form.closures.some((c) => c.id === b.id)).length;
  return changed + removed + ('name' in body ? 1 : 0) + ('description' in body ? 1 : 0);
}

/** A new closure: all day on `date`, not repeated. */
export const newClosure = (date: string): CcClosure => ({ name: '', start: `${date}T00:00`, end: `${date}T23:59`, allDay: true, recurrence: { frequency: 'never' } });

export const closureSetFormSchema = (loaded: ClosureSetResponse) =>
  z.custom<ClosureSetForm>().superRefine((form, ctx) => {
    const body = closureSetBody(loaded, form);
    for (const issue of closureSetWriteBodySchema.safeParse(body).error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', path: issue.path as (string | number)[], message: issue.message });
    }
    form.closures.forEach((c, i) => {
      if (!c.name.trim()) return;
      for (const issue of closureIssues({ ...c, timezone: loaded.closureSet.timezone })) {
        ctx.addIssue({ code: 'custom', path: ['closures', i, ...issue.path], message: issue.message });
      }
    });
  });
