import type { AutoReceptionistDetail } from '@switchboard/contract/auto-receptionists';
import { formatPhoneNumber } from '@switchboard/routing-core/format/phone';
import './auto-receptionist-header.css';

export function AutoReceptionistHeader({ ar }: { ar: AutoReceptionistDetail }) {
  return (
    <header className="ar-header">
      <h1 className="ar-header__title">{ar.name}</h1>
      <dl className="ar-header__facts">
        <div>
          <dt>Extension</dt>
          <dd className="num">{ar.extensionNumber}</dd>
        </div>
        <div>
          <dt>Site</dt>
          <dd>{ar.site?.name ?? <span className="muted">No site</span>}</dd>
        </div>
        <div>
          <dt>Time zone</dt>
          <dd>{ar.timezone ?? <span className="muted">Not set (times shown in UTC)</span>}</dd>
        </div>
        <div>
          <dt>Phone numbers</dt>
          <dd className="num">{ar.phoneNumbers.length ? ar.phoneNumbers.map(formatPhoneNumber).join(', ') : <span className="muted">None</span>}</dd>
        </div>
      </dl>
    </header>
  );
}
