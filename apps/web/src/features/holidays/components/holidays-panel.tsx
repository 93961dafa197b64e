// An extension's holidays: the list (in its zone), and — for people who may —
// add, change and delete, each reviewed (the requests as sentences) and
// reported with Zoom's verified outcome.
import { useState } from 'react';
import type { HolidayList as HolidayListData, HolidayItem } from '@switchboard/contract/holidays';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { ApplyOutcome } from '@/components/write/apply-outcome';
import { ApplyUnknown } from '@/components/write/apply-unknown';
import { ReviewPanel } from '@/components/write/review-panel';
import { HOLIDAY_WORDS } from '@/lib/write/write-words';
import type { HolidayWrite } from '../api/holiday-write';
import { useHolidayWrite } from '../hooks/use-holiday-write';
import { newHoliday, type HolidayForm } from '../utils/holiday-form';
import { HolidayFormFields } from './holiday-form';
import { HolidayList } from './holiday-list';
import './holidays.css';

interface Props {
  list: HolidayListData;
  canEdit: boolean;
  reload: () => Promise<readonly HolidayItem[]>;
  onWritten: () => void;
  href: string;
  historyHref?: string;
  /** ISO instant of "now" (tests pass a fixed one). */
  now?: () => string;
  /** For an auto receptionist: where a holiday's menu is shown. */
  holidayMenuHref?: (h: HolidayItem) => string;
}

type Editing = { kind: 'add' } | { kind: 'change'; holiday: HolidayItem } | null;

/** The form holds exactly the body's fields (the contract refuses any other). */
const formOf = ({ name, start, end }: HolidayItem): HolidayForm => ({ name, start, end });

export function HolidaysPanel({ list, canEdit, reload, onWritten, href, historyHref, now = () => new Date().toISOString(), holidayMenuHref }: Props) {
  const { extension, items } = list;
  const [editing, setEditing] = useState<Editing>(null);
  const w = useHolidayWrite({ subject: `${extension.name}, holidays`, href, onWritten, reload });
  const back = () => {
    w.backToEditing();
    setEditing(null);
  };
  const review = (write: HolidayWrite) => void w.review(write);

  if (w.flow.step === 'outcome') {
    return (
      <ApplyOutcome
        result={w.flow.result}
        words={HOLIDAY_WORDS}
        reloading={w.reloading}
        onBack={back}
        backLabel="Back to the holidays"
        onReloadAndReapply={() => void w.reloadAndReapply()}
        {...(historyHref ? { historyHref } : {})}
      />
    );
  }
  if (w.flow.step === 'unknown') {
    return (
      <ApplyUnknown progress={w.flow.progress} error={w.flow.error} words={HOLIDAY_WORDS} reloading={false} onReload={back} onBack={back} />
    );
  }
  if (w.flow.step === 'review' || w.flow.step === 'applying') {
    return (
      <ReviewPanel
        plan={w.flow.plan}
        words={HOLIDAY_WORDS}
        applying={w.flow.step === 'applying'}
        progress={w.flow.step === 'applying' ? w.flow.progress : undefined}
        applyError={w.applyError}
        onApply={() => void w.applyReviewed()}
        onBack={w.backToEditing}
      />
    );
  }

  const submit = (values: HolidayForm) => {
    if (editing?.kind === 'change') {
      review({ kind: 'change', extensionId: extension.id, holidayId: editing.holiday.id, body: { baseVersion: editing.holiday.version, ...values } });
    } else review({ kind: 'add', extensionId: extension.id, body: values });
  };

  return (
    <div className="holidays">
      {w.planError !== null && <ErrorState title="The change could not be planned" error={w.planError} />}
      {editing ? (
        <HolidayFormFields
          key={editing.kind === 'change' ? editing.holiday.id : 'new'}
          initial={editing.kind === 'change' ? formOf(editing.holiday) : newHoliday(now(), extension.timezone)}
          submitLabel={editing.kind === 'change' ? `Review the change to ${editing.holiday.name}` : 'Review the new holiday'}
          busy={w.planning}
          timezone={extension.timezone}
          existing={items}
          editingId={editing.kind === 'change' ? editing.holiday.id : undefined}
          now={now()}
          onSubmit={submit}
          onCancel={() => setEditing(null)}
        />
      ) : (
        canEdit && (
          <div className="holidays__actions">
            <Button variant="primary" onClick={() => setEditing({ kind: 'add' })}>
              Add a holiday
            </Button>
          </div>
        )
      )}
      <HolidayList
        items={items}
        timezone={extension.timezone}
        holidayMenuHref={holidayMenuHref}
        {...(canEdit
          ? {
              onChange: (holiday: HolidayItem) => setEditing({ kind: 'change', holiday }),
              onDelete: (h: HolidayItem) =>
                review({ kind: 'delete', extensionId: extension.id, holidayId: h.id, name: h.name, baseVersion: h.version }),
            }
          : {})}
      />
    </div>
  );
}
