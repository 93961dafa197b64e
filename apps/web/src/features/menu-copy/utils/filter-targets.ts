import type { AutoReceptionistSummary } from '@switchboard/contract/auto-receptionists';

/** Auto receptionists the menu can be copied to: every one but the source, matching the search and site, by name. */
export function copyCandidates(
  ars: readonly AutoReceptionistSummary[],
  { sourceId, q, siteId }: { sourceId: string; q: string; siteId: string },
): AutoReceptionistSummary[] {
  const needle = q.trim().toLowerCase();
  return ars
    .filter((a) => a.id !== sourceId)
    .filter((a) => !siteId || a.site?.id === siteId)
    .filter((a) => !needle || a.name.toLowerCase().includes(needle) || a.extensionNumber.includes(needle))
    .sort((a, b) => a.name.localeCompare(b.name));
}
