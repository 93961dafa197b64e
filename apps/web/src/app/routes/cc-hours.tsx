// /contact-center/hours — business-hours sets and closure sets; open one to
// read it, see who uses it, and (admins) change it.
import { CcSectionNav } from '../layout/cc-section-nav';
import { SetLists } from '@/features/cc-hours/components/set-lists';

export function Component() {
  return (
    <>
      <title>Operating hours · Contact Center · Switchboard</title>
      <CcSectionNav />
      <div className="page-header">
        <h1>Operating hours</h1>
        <p className="page-header__lede">
          When Contact Center queues are open (business hours, several ranges a day) and the days they close (closure sets, which may repeat).
        </p>
      </div>
      <SetLists />
    </>
  );
}
