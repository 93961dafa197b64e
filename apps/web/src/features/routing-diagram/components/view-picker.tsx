import { useNavigate } from 'react-router';
import type { Holiday } from '@switchboard/contract/auto-receptionists';
import { SegmentedLinks } from '@/components/ui/segmented-links';
import { SelectField } from '@/components/ui/field';
import { formatDayInZone } from '@/lib/dates';

export type DiagramView = { kind: 'business' } | { kind: 'closed' } | { kind: 'holiday'; holidayId: string };

export interface ViewPickerProps {
  holidays: readonly Holiday[];
  timezone: string | null;
  view: DiagramView;
  hrefFor: (view: DiagramView) => string;
}

/** Which menu is drawn: business hours, closed hours, or one of the auto receptionist's holidays (in date order). */
export function ViewPicker({ holidays, timezone, view, hrefFor }: ViewPickerProps) {
  const navigate = useNavigate();
  const sorted = [...holidays].sort((a, b) => a.from.localeCompare(b.from));
  return (
    <div className="view-picker">
      <SegmentedLinks
        label="Which hours"
        links={[
          { to: hrefFor({ kind: 'business' }), label: 'Business hours', current: view.kind === 'business' },
          { to: hrefFor({ kind: 'closed' }), label: 'Closed hours', current: view.kind === 'closed' },
        ]}
      />
      {sorted.length === 0 ? (
        <p className="view-picker__none">No holidays set.</p>
      ) : (
        <SelectField
          label="Holiday menu"
          fieldClassName="view-picker__holiday"
          value={view.kind === 'holiday' ? view.holidayId : ''}
          onChange={(e) => {
            const holidayId = e.target.value;
            if (holidayId) void navigate(hrefFor({ kind: 'holiday', holidayId }), { replace: true });
          }}
        >
          {view.kind !== 'holiday' && <option value="">Choose a holiday…</option>}
          {sorted.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name} ({formatDayInZone(h.from, timezone)})
            </option>
          ))}
        </SelectField>
      )}
    </div>
  );
}
