import { AutoReceptionistList } from '@/features/auto-receptionists/components/auto-receptionist-list';
import { ProblemCounts } from '@/features/routing-explorer/components/problem-counts';

export function Component() {
  return (
    <>
      <title>Auto receptionists · Switchboard</title>
      <div className="page-header">
        <h1>Auto receptionists</h1>
        <p className="page-header__lede">The phone menus callers reach on your Zoom numbers. Open one to read its menus in words.</p>
      </div>
      <ProblemCounts />
      <AutoReceptionistList />
    </>
  );
}
