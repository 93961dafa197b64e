// The calendar's controls, all kept in the address: month or year, the one
// before and after, a site and a kind of extension, and the exports
// (iCalendar and CSV of what is shown).
import { Link } from 'react-router';
import type { ExtensionType } from '@switchboard/contract/hours';
import { SelectField } from '@/components/ui/field';
import { SegmentedLinks } from '@/components/ui/segmented-links';
import { EXTENSION_TYPE_PLURAL } from '@/lib/extension-words';
import { shiftMonth, type CalendarView } from '../utils/calendar-range';
import { monthName } from '../utils/day-summary';

export interface CalendarFilters {
  site: string;
  type: ExtensionType | '';
}

interface Props {
  view: CalendarView;
  filters: CalendarFilters;
  sites: readonly { id: string; name: string }[];
  viewHref: (view: CalendarView) => string;
  onFilter: (key: keyof CalendarFilters, value: string) => void;
  exportHref: (format: 'ics' | 'csv') => string;
}

const TYPES: ExtensionType[] = ['autoReceptionist', 'callQueue', 'sharedLineGroup', 'user'];

export function CalendarToolbar({ view, filters, sites, viewHref, onFilter, exportHref }: Props) {
  const month = view.kind === 'month' ? view.month : `${view.year}-01`;
  const year = view.kind === 'year' ? view.year : view.month.slice(0, 4);
  const prev: CalendarView = view.kind === 'month' ? { kind: 'month', month: shiftMonth(month, -1) } : { kind: 'year', year: String(Number(year) - 1) };
  const next: CalendarView = view.kind === 'month' ? { kind: 'month', month: shiftMonth(month, 1) } : { kind: 'year', year: String(Number(year) + 1) };
  const name = (v: CalendarView) => (v.kind === 'month' ? monthName(v.month) : v.year);
  const title = name(view);
  return (
    <div className="cal-toolbar">
      <div className="cal-toolbar__row">
        <SegmentedLinks
          label="Calendar view"
          links={[
            { to: viewHref({ kind: 'month', month }), label: 'Month', current: view.kind === 'month' },
            { to: viewHref({ kind: 'year', year }), label: 'Year', current: view.kind === 'year' },
          ]}
        />
        <nav className="cal-toolbar__step" aria-label={view.kind === 'month' ? 'Months' : 'Years'}>
          <Link className="btn btn--ghost btn--sm" to={viewHref(prev)} aria-label={`Previous: ${name(prev)}`}>
            ←
          </Link>
          <h2 className="cal-toolbar__title">{title}</h2>
          <Link className="btn btn--ghost btn--sm" to={viewHref(next)} aria-label={`Next: ${name(next)}`}>
            →
          </Link>
        </nav>
      </div>
      <div className="cal-toolbar__row">
        <SelectField label="Site" fieldClassName="cal-toolbar__filter" value={filters.site} onChange={(e) => onFilter('site', e.target.value)}>
          <option value="">All sites</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Kind" fieldClassName="cal-toolbar__filter" value={filters.type} onChange={(e) => onFilter('type', e.target.value)}>
          <option value="">All but users</option>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {EXTENSION_TYPE_PLURAL[t]} only
            </option>
          ))}
        </SelectField>
        <p className="cal-toolbar__exports">
          Export {view.kind === 'month' ? 'this month' : 'this year'}:{' '}
          <a href={exportHref('ics')} download>
            iCalendar (.ics)
          </a>{' '}
          ·{' '}
          <a href={exportHref('csv')} download>
            CSV
          </a>
        </p>
      </div>
    </div>
  );
}
