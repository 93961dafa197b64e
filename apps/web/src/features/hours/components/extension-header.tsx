// Who these hours belong to: name, kind, extension number, site, and the time
// zone every time on the page is in — always in view.
import type { ReactNode } from 'react';
import type { ExtensionSummary } from '@switchboard/contract/hours';
import { EXTENSION_TYPE_WORDS } from '@/lib/extension-words';
import './extension-header.css';

export function ExtensionHeader({ extension, status, links }: { extension: ExtensionSummary; status: ReactNode; links?: ReactNode }) {
  return (
    <header className="ext-header">
      <h1 className="ext-header__title">
        {extension.name}: hours and holidays
      </h1>
      <dl className="ext-header__facts">
        <div>
          <dt>Kind</dt>
          <dd>{EXTENSION_TYPE_WORDS[extension.type]}</dd>
        </div>
        <div>
          <dt>Extension</dt>
          <dd className="num">{extension.extensionNumber ?? <span className="muted">None</span>}</dd>
        </div>
        <div>
          <dt>Site</dt>
          <dd>{extension.site?.name ?? <span className="muted">No site</span>}</dd>
        </div>
        <div>
          <dt>Time zone</dt>
          <dd className="ext-header__zone">{extension.timezone}</dd>
        </div>
      </dl>
      {status}
      {links && <div className="ext-header__links">{links}</div>}
    </header>
  );
}
