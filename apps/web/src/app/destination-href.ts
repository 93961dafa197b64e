// Where an extension a menu sends callers to is shown: an auto receptionist's
// own page (found in the directory's list by its extension id), and the hours
// page of a call queue, user or shared line group. Other kinds have no page.
import type { AutoReceptionistSummary } from '@switchboard/contract/auto-receptionists';
import { paths } from '@/config/paths';
import type { Destination } from '@/features/ivr/utils/describe-menu';

const HOURS_PAGES = new Set(['callQueue', 'user', 'sharedLineGroup']);

export function destinationHref(ars: readonly AutoReceptionistSummary[] | undefined) {
  return (d: Destination): string | null => {
    if (d.kind === 'autoReceptionist') {
      const ar = ars?.find((a) => a.extensionId === d.extensionId);
      return ar ? paths.autoReceptionist(ar.id) : null;
    }
    return HOURS_PAGES.has(d.kind) ? paths.extensionHours(d.extensionId) : null;
  };
}
