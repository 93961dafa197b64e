import { Link } from 'react-router';
import type { Holiday } from '@switchboard/contract/auto-receptionists';
import { cn } from '@/lib/cn';
import { formatDayInZone, formatRangeInZone } from '@/lib/dates';
import { menuParam, type MenuSelection } from '../utils/menu-selection';
import './menu-nav.css';

interface Props {
  holidays: Holiday[];
  timezone: string | null;
  selected: MenuSelection;
}

/** The AR's menus: business hours, closed hours and one per holiday (dates in the AR's time zone). */
export function MenuNav({ holidays, timezone, selected }: Props) {
  const isSel = (kind: string, id?: string) =>
    selected.kind === kind && (selected.kind !== 'holiday' || selected.holiday.id === id);
  const sorted = [...holidays].sort((a, b) => a.from.localeCompare(b.from));

  return (
    <nav className="menu-nav" aria-label="Menus of this auto receptionist">
      <ul className="menu-nav__list">
        <MenuLink param={menuParam({ kind: 'business' })} current={isSel('business')} label="Business hours" />
        <MenuLink param={menuParam({ kind: 'closed' })} current={isSel('closed')} label="Closed hours" />
      </ul>
      <h2 className="menu-nav__group" id="menu-nav-holidays">
        Holidays
      </h2>
      {sorted.length === 0 ? (
        <p className="menu-nav__none">No holidays set.</p>
      ) : (
        <ul className="menu-nav__list" aria-labelledby="menu-nav-holidays">
          {sorted.map((h) => (
            <MenuLink
              key={h.id}
              param={menuParam({ kind: 'holiday', holidayId: h.id })}
              current={isSel('holiday', h.id)}
              label={h.name}
              detail={formatDayInZone(h.from, timezone)}
              title={formatRangeInZone(h.from, h.to, timezone)}
            />
          ))}
        </ul>
      )}
    </nav>
  );
}

function MenuLink({ param, current, label, detail, title }: { param: string; current: boolean; label: string; detail?: string; title?: string }) {
  return (
    <li>
      <Link
        to={{ search: `?menu=${encodeURIComponent(param)}` }}
        replace
        preventScrollReset
        className={cn('menu-nav__link', current && 'is-current')}
        aria-current={current ? 'page' : undefined}
        title={title}
      >
        <span className="menu-nav__label">{label}</span>
        {detail && <span className="menu-nav__detail">{detail}</span>}
      </Link>
    </li>
  );
}
