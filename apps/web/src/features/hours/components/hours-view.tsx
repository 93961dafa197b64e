// The hours for people who read them (support, managers): the week in words
// and where calls go when closed — no controls that offer a change.
import { Link } from 'react-router';
import type { HoursResponse } from '@switchboard/contract/hours';
import { PLAY_MENU_ACTION } from '@switchboard/zoom-schema/call-handling-actions';
import { WeekView } from '@/components/schedule/week-strip';
import './hours-editor.css';

export function HoursView({ hours, closedMenuHref }: { hours: HoursResponse; closedMenuHref?: string | undefined }) {
  const routing = hours.closedRouting;
  return (
    <div className="hours-editor">
      <WeekView schedule={hours.schedule} />
      <div className="closed-routing">
        <h3 className="closed-routing__title">When closed, calls go to</h3>
        <p className="closed-routing__words">{routing ? routing.words : 'Not set in Zoom'}</p>
        {routing?.action === PLAY_MENU_ACTION && closedMenuHref && (
          <p className="closed-routing__menu">
            <Link to={closedMenuHref}>See the closed-hours menu</Link>
          </p>
        )}
      </div>
    </div>
  );
}
