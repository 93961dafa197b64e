// A holiday to Zoom — added, changed or deleted — through the one write flow
// every object uses: plan (nothing written) → apply → the verified outcome.
// After a conflict: reload, take the holiday's newer version, review again.
import { useState } from 'react';
import type { HolidayItem, HolidayWriteResult } from '@switchboard/contract/holidays';
import { useWriteFlow } from '@/hooks/use-write-flow';
import { HOLIDAY_WORDS } from '@/lib/write/write-words';
import { addHoliday } from '../api/add-holiday';
import { changeHoliday } from '../api/change-holiday';
import { deleteHoliday } from '../api/delete-holiday';
import type { HolidayWrite } from '../api/holiday-write';
import { planAddHoliday } from '../api/plan-add-holiday';
import { planChangeHoliday } from '../api/plan-change-holiday';
import { planDeleteHoliday } from '../api/plan-delete-holiday';

const plan = (w: HolidayWrite) =>
  w.kind === 'add'
    ? planAddHoliday(w.extensionId, w.body)
    : w.kind === 'change'
      ? planChangeHoliday(w.extensionId, w.holidayId, w.body)
      : planDeleteHoliday(w.extensionId, w.holidayId, w.baseVersion);

const apply: Parameters<typeof useWriteFlow<HolidayWrite, HolidayWriteResult>>[0]['apply'] = (w, onProgress) =>
  w.kind === 'add'
    ? addHoliday(w.extensionId, w.body, onProgress)
    : w.kind === 'change'
      ? changeHoliday(w.extensionId, w.holidayId, w.body, onProgress)
      : deleteHoliday(w.extensionId, w.holidayId, w.baseVersion, onProgress);

/** The same write against the holiday as Zoom has it now (its newer version); null when it is gone. */
function againstLatest(w: HolidayWrite, latest: readonly HolidayItem[]): HolidayWrite | null {
  if (w.kind === 'add') return w;
  const now = latest.find((h) => h.id === w.holidayId);
  if (!now) return null;
  return w.kind === 'change' ? { ...w, body: { ...w.body, baseVersion: now.version } } : { ...w, baseVersion: now.version };
}

export function useHolidayWrite(options: { subject: string; href: string; onWritten: () => void; reload: () => Promise<readonly HolidayItem[]> }) {
  const [reloading, setReloading] = useState(false);
  const flow = useWriteFlow<HolidayWrite, HolidayWriteResult>({ ...options, plan, apply, words: HOLIDAY_WORDS });

  const reloadAndReapply = async () => {
    if (flow.flow.step !== 'outcome') return;
    const body = flow.flow.body;
    setReloading(true);
    try {
      const next = againstLatest(body, await options.reload());
      if (next) await flow.review(next);
      else flow.backToEditing();
    } catch (err) {
      flow.setPlanError(err);
      flow.backToEditing();
    } finally {
      setReloading(false);
    }
  };
  return { ...flow, reloading, reloadAndReapply };
}
