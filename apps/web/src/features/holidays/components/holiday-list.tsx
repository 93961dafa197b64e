// An extension's holidays as Zoom has them, on the wall clock of its zone,
// with where calls go on each; Change and Delete for people who may edit.
import { Link } from 'react-router';
import type { HolidayItem } from '@switchboard/contract/holidays';
import { PLAY_MENU_ACTION } from '@switchboard/zoom-schema/call-handling-actions';
import { describeHolidaySpan } from '@switchboard/routing-core/schedule/holiday-rules';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Table } from '@/components/ui/table';

interface Props {
  items: readonly HolidayItem[];
  timezone: string;
  /** Absent: no controls (the role may not edit holidays). */
  onChange?: (h: HolidayItem) => void;
  onDelete?: (h: HolidayItem) => void;
  busyId?: string | null;
  /** For an auto receptionist: where a holiday's own menu is shown (its calls "play the holiday's menu"). */
  holidayMenuHref?: ((h: HolidayItem) => string) | undefined;
}

export function HolidayList({ items, timezone, onChange, onDelete, busyId, holidayMenuHref }: Props) {
  if (items.length === 0) {
    return <EmptyState title="No holidays">On every day of the year this extension follows its business hours.</EmptyState>;
  }
  const sorted = [...items].sort((a, b) => a.start.localeCompare(b.start));
  const editable = Boolean(onChange || onDelete);
  return (
    <Table caption={`Holidays, in ${timezone} time`} className="holiday-table" cards>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">Holiday</th>
          <th scope="col" role="columnheader">When ({timezone})</th>
          <th scope="col" role="columnheader">Calls go to</th>
          {editable && (
            <th scope="col" role="columnheader">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {sorted.map((h) => (
          <tr key={h.id} role="row" data-holiday-id={h.id}>
            <th scope="row" role="rowheader">
              {h.name}
            </th>
            <td role="cell" data-label="When">
              {describeHolidaySpan(h)}
            </td>
            <td role="cell" data-label="Calls go to">
              {!h.routing ? (
                <span className="muted">Not set in Zoom</span>
              ) : h.routing.action === PLAY_MENU_ACTION && holidayMenuHref ? (
                <Link to={holidayMenuHref(h)}>{h.routing.words}</Link>
              ) : (
                h.routing.words
              )}
            </td>
            {editable && (
              <td role="cell" className="holiday-table__actions">
                {onChange && (
                  <Button size="sm" onClick={() => onChange(h)} aria-label={`Change ${h.name}`}>
                    Change
                  </Button>
                )}
                {onDelete && (
                  <Button size="sm" busy={busyId === h.id} onClick={() => onDelete(h)} aria-label={`Delete ${h.name}`}>
                    Delete
                  </Button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
