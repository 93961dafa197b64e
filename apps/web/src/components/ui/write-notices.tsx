// Outcomes of writes whose page was left before Zoom answered (lib/write-notices.ts):
// a notice per write, with a link to the object, until dismissed.
import { Link } from 'react-router';
import { dismissNotice, useWriteNotices } from '@/lib/write-notices';
import { Button } from './button';
import './write-notices.css';

export function WriteNotices() {
  const notices = useWriteNotices().filter((n) => !n.watched);
  return (
    <div className="write-notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`write-notice write-notice--${n.state === 'running' ? 'running' : n.result?.good ? 'good' : 'bad'}`}
        >
          <p className="write-notice__text">
            <strong>{n.subject}:</strong>{' '}
            {n.state === 'running' ? 'still being applied to Zoom — you will see the outcome here.' : n.result?.words}
          </p>
          <div className="write-notice__actions">
            <Link to={n.href} onClick={() => n.state !== 'running' && dismissNotice(n.id)}>
              {n.state === 'running' ? 'Open it' : 'See it'}
            </Link>
            {n.state !== 'running' && (
              <Button size="sm" variant="ghost" onClick={() => dismissNotice(n.id)} aria-label={`Dismiss the notice about ${n.subject}`}>
                Dismiss
              </Button>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}
