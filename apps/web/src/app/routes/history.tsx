// /history — every change made through Switchboard, with who, when, what and the outcome.
import type { AuditEntry } from '@switchboard/contract/audit';
import { paths } from '@/config/paths';
import { useAutoReceptionists } from '@/features/auto-receptionists/api/get-auto-receptionists';
import { menuParam } from '@/features/auto-receptionists/utils/menu-selection';
import { HistoryList } from '@/features/history/components/history-list';
import { RevertControl } from '@/features/history/components/revert-control';
import { canRevert } from '@/features/history/utils/can-revert';
import { useCan } from '@/features/auth/hooks/use-can';

// Menus read as before; people changes (admins only see them) lead to the People page; hours and holidays say what changed, in the history's own words, and lead to the extension's hours page.
const menuName = (e: AuditEntry) => (e.kind !== 'ivr' ? e.subject : e.scope.holidayId ? 'a holiday menu' : `${e.scope.hours} hours menu`);

export function Component() {
  const ars = useAutoReceptionists();
  const can = useCan();
  return (
    <>
      <title>History · Switchboard</title>
      <div className="page-header">
        <h1>History</h1>
        <p className="page-header__lede">Every change made through Switchboard: who made it, when, what changed and whether Zoom kept it.</p>
      </div>
      <HistoryList
        objects={(ars.data?.items ?? []).map((a) => ({ id: a.id, name: a.name }))}
        objectHref={(e) =>
          e.kind === 'person'
            ? paths.people
            : e.kind !== 'ivr'
            ? paths.extensionHours(e.target.id)
            : `${paths.autoReceptionist(e.target.id)}?menu=${menuParam(e.scope.holidayId ? { kind: 'holiday', holidayId: e.scope.holidayId } : { kind: e.scope.hours })}`
        }
        menuName={menuName}
        renderActions={(e) => (canRevert(e, can) ? <RevertControl entry={e} /> : null)}
      />
    </>
  );
}
