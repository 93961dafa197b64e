// /setup — how Switchboard is connected to Zoom and what the Zoom app still needs (admins).
import { Banner } from '@/components/ui/banner';
import { useCan } from '@/features/auth/hooks/use-can';
import { SetupStatus } from '@/features/setup/components/setup-status';

export function Component() {
  const can = useCan();
  return (
    <>
      <title>Setup · Switchboard</title>
      <div className="page-header">
        <h1>Setup</h1>
        <p className="page-header__lede">The Zoom connection and the scopes its app has been granted, read from Zoom's own token answer.</p>
      </div>
      {can('admin') ? <SetupStatus /> : <Banner tone="info">The set-up is shown to admins.</Banner>}
    </>
  );
}
