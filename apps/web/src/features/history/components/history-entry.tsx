// One change in the history, as a card: who, when, which menu of which
// object, the outcome, the change in words, and each request's Zoom tracking
// id (copyable, for Zoom support).
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AuditEntry } from '@switchboard/contract/audit';
import { describeField } from '@switchboard/routing-core/ivr/describe';
import { Badge } from '@/components/ui/badge';
import { CopyButton } from '@/components/ui/copy-button';
import { outcomeWords } from '@/lib/outcome-words';

interface Props {
  entry: AuditEntry;
  /** Where the changed menu is shown. */
  objectHref: string;
  /** The menu's name in words ("business hours menu"). */
  menuName: string;
  /** What the reader may do with this change (revert it), composed by the page. */
  actions?: ReactNode;
}

const ACTION_WORDS: Record<AuditEntry['action'], string> = {
  'ivr.apply': 'edited',
  'ivr.copy': 'copied a menu onto',
  'hours.apply': 'changed the hours of',
  'holiday.add': 'added a holiday to',
  'holiday.update': 'changed a holiday of',
  'holiday.delete': 'deleted a holiday of',
  'person.invite': 'gave access to',
  'person.update': 'changed the access of',
  'person.reset-password': 'reset the password of',
  'session.revoke': 'ended a session of',
};

export function HistoryEntry({ entry, objectHref, menuName, actions }: Props) {
  const outcome = outcomeWords(entry.outcome);
  const when = new Date(entry.at);
  const tracked = entry.ops.filter((o) => o.trackingId);
  return (
    <article className="history-entry" aria-labelledby={`h-${entry.id}`}>
      <header className="history-entry__head">
        <h3 id={`h-${entry.id}`} className="history-entry__title">
          <Link to={objectHref}>{entry.target.name ?? entry.target.id}</Link> <span className="muted">— {menuName}</span>
        </h3>
        <Badge tone={entry.finishedAt ? outcome.tone : 'info'}>{entry.finishedAt ? outcome.label : 'In progress'}</Badge>
      </header>
      <p className="history-entry__meta">
        <time dateTime={entry.at}>{when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</time> ·{' '}
        {entry.actor.email ?? 'someone'} {ACTION_WORDS[entry.action]} it
        {entry.jobId ? (entry.kind === 'ivr' ? ' (a copy job)' : ' (a bulk job)') : ''}
      </p>
      {entry.revertOf && <p className="history-entry__revert-of">This reverted an earlier change.</p>}
      {entry.message && <p className="history-entry__message">{entry.message}</p>}
      {entry.diff.length > 0 && (
        <ul className="history-entry__changes" aria-label="The change in words">
          {entry.diff.map((c) => (
            <li key={c.field}>
              <strong>{describeField(c.field)}:</strong> {c.after} <span className="muted">(was {c.before})</span>
            </li>
          ))}
        </ul>
      )}
      {tracked.length > 0 && (
        <details className="history-entry__tracking">
          <summary>Zoom tracking ids ({tracked.length})</summary>
          <ul className="plain-list">
            {tracked.map((o, i) => (
              <li key={i} className="history-entry__tracking-row">
                <span className="history-entry__op">{o.description}</span>
                <code>{o.trackingId}</code>
                <CopyButton value={o.trackingId!} label="Tracking id" />
              </li>
            ))}
          </ul>
        </details>
      )}
      {actions && <div className="history-entry__actions">{actions}</div>}
    </article>
  );
}
