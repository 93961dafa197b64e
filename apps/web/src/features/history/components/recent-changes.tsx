// On an object's page: its last few changes, linking to the full history.
import { Link } from 'react-router';
import type { AuditEntry } from '@switchboard/contract/audit';
import { Badge } from '@/components/ui/badge';
import { outcomeWords } from '@/lib/outcome-words';
import { useHistory } from '../api/get-history';

interface Props {
  targetId: string;
  historyHref: string;
  menuName: (entry: AuditEntry) => string;
  /** The link to the full history, in words (default: of an auto receptionist). */
  allLabel?: string;
}

const SHOWN = 5;

export function RecentChanges({ targetId, historyHref, menuName, allLabel = 'All changes to this auto receptionist' }: Props) {
  const history = useHistory(targetId, SHOWN);
  if (history.isPending || history.isError) return null;
  const items = history.data.items;
  return (
    <section className="recent-changes" aria-labelledby="recent-changes-title">
      <h2 id="recent-changes-title" className="recent-changes__title">
        Recent changes
      </h2>
      {items.length === 0 ? (
        <p className="muted">No changes made in Switchboard yet.</p>
      ) : (
        <ul className="plain-list recent-changes__list">
          {items.map((e) => {
            const o = outcomeWords(e.outcome);
            return (
              <li key={e.id}>
                <time dateTime={e.at}>{new Date(e.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</time> ·{' '}
                {e.actor.email ?? 'someone'} · {menuName(e)} ·{' '}
                <Badge tone={e.finishedAt ? o.tone : 'info'}>{e.finishedAt ? o.label : 'In progress'}</Badge>
                {e.diff.length > 0 && <span className="muted"> — {e.diff.length === 1 ? e.diff[0]!.after : `${e.diff.length} changes`}</span>}
              </li>
            );
          })}
        </ul>
      )}
      <Link to={historyHref}>{allLabel}</Link>
    </section>
  );
}
