// On an object's page: its latest change was cut off mid-write (the server
// stopped), so what Zoom holds may be neither the old nor the new menu. Says
// what was sent and what was not, and leads to what Zoom holds now.
import { Link } from 'react-router';
import type { IvrAuditEntry } from '@switchboard/contract/audit';
import { Banner } from '@/components/ui/banner';
import { useHistory } from '../api/get-history';
import { interruptedChanges } from '../utils/interrupted';

const STATUS_WORDS: Record<string, string> = {
  applied: 'accepted by Zoom',
  failed: 'refused by Zoom',
  unknown: 'on the way — Zoom may or may not have it',
  skipped: 'not sent',
};

interface Props {
  targetId: string;
  /** The link to what Zoom holds now for a menu scope ("business", "closed" or a holiday id). */
  reviewHref: (scope: { hours: 'business' | 'closed'; holidayId: string | null }) => string;
  /** A menu's name for the sentence ("the business hours menu"). */
  menuName: (scope: { hours: 'business' | 'closed'; holidayId: string | null }) => string;
}

export function InterruptedChangeBanner({ targetId, reviewHref, menuName }: Props) {
  const history = useHistory(targetId, 50);
  const interrupted = interruptedChanges(history.data?.items ?? []);
  if (interrupted.length === 0) return null;
  return (
    <>
      {interrupted.map((e) => (
        <Banner key={e.id} tone="danger">
          <Entry entry={e} href={reviewHref(e.scope)} menu={menuName(e.scope)} />
        </Banner>
      ))}
    </>
  );
}

function Entry({ entry, href, menu }: { entry: IvrAuditEntry; href: string; menu: string }) {
  const when = new Date(entry.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="interrupted">
      <p>
        <strong>A change to {menu} was interrupted</strong> ({when}, by {entry.actor.email ?? 'someone'}): the server stopped while
        applying it, so Zoom may hold part of it. <Link to={href}>Review what Zoom holds now</Link> before changing it again.
      </p>
      <details>
        <summary>What was sent</summary>
        <ul>
          {entry.ops.map((op, i) => (
            <li key={i}>
              {op.description} — {STATUS_WORDS[op.status] ?? op.status}
              {op.trackingId ? ` (Zoom tracking id ${op.trackingId})` : ''}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
