// One day across extensions: the sentence, then who is closed (and for
// which holiday) and who is open, each linked to its hours; sites where
// siblings differ are named.
import { Link } from 'react-router';
import type { CalendarDay, CalendarResponse } from '@switchboard/contract/calendar';
import { Badge } from '@/components/ui/badge';
import { typeWords } from '@/lib/extension-words';
import { ccClosuresOf, closedCount, longDate, siblingsDiffer } from '../utils/day-summary';

interface Props {
  day: CalendarDay;
  extensions: CalendarResponse['extensions'];
  extensionHref: (extensionId: string) => string;
  /** A Contact Center closure set's page. */
  closureSetHref?: (closureSetId: string) => string;
}

export function DayDetails({ day, extensions, extensionHref, closureSetHref }: Props) {
  const cc = ccClosuresOf(day);
  const site = new Map(extensions.map((e) => [e.extensionId, e.site?.name ?? null]));
  const split = siblingsDiffer(day);
  const splitSites = new Set(day.sitesSplit.map((s) => s.name));
  const where = (id: string) => {
    const name = site.get(id);
    return name ? ` · ${name}` : '';
  };
  return (
    <section className="day-details" aria-labelledby="day-details-title">
      <h2 id="day-details-title" className="day-details__title">
        {longDate(day.date)}: {closedCount(day).toLowerCase()}
      </h2>
      {split && (
        <p className="day-details__split">
          <Badge tone="warning">Siblings differ</Badge> {split}: some of their extensions close, others stay open.
        </p>
      )}
      <div className="day-details__lists">
        <div>
          <h3 className="day-details__heading">Closed ({day.closed.length})</h3>
          {day.closed.length === 0 ? (
            <p className="muted">Nobody is closed for a holiday.</p>
          ) : (
            <ul className="day-details__list">
              {day.closed.map((e) => (
                <li key={e.extensionId} className={splitSites.has(site.get(e.extensionId) ?? '') ? 'is-split' : undefined}>
                  <Link to={extensionHref(e.extensionId)}>{e.name}</Link> — {e.holiday}
                  <span className="muted">
                    {' '}
                    ({typeWords(e.type)}
                    {where(e.extensionId)})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="day-details__heading">Open ({day.open.length})</h3>
          {day.open.length === 0 ? (
            <p className="muted">Every extension is closed.</p>
          ) : (
            <ul className="day-details__list">
              {day.open.map((e) => (
                <li key={e.extensionId} className={splitSites.has(site.get(e.extensionId) ?? '') ? 'is-split' : undefined}>
                  <Link to={extensionHref(e.extensionId)}>{e.name}</Link>
                  <span className="muted">
                    {' '}
                    ({typeWords(e.type)}
                    {where(e.extensionId)})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        {cc.length > 0 && (
          <div className="day-details__cc">
            <h3 className="day-details__heading">Contact Center closures ({cc.length})</h3>
            <ul className="day-details__list">
              {cc.map((c, i) => (
                <li key={`${c.closureSetId}-${i}`}>
                  {c.name} —{' '}
                  {closureSetHref ? <Link to={closureSetHref(c.closureSetId)}>{c.closureSetName}</Link> : c.closureSetName}
                  <span className="muted">
                    {' '}
                    ({c.allDay ? 'all day' : `${c.start.slice(11, 16)}–${c.end.slice(11, 16)}`}, {c.timezone})
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
