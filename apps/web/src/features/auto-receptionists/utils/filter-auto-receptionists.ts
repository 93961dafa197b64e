import type { AutoReceptionistSummary } from '@switchboard/contract/auto-receptionists';

export interface ArFilter {
  /** Matches the name (any part, any case) or the extension number / phone number digits. */
  q?: string;
  siteId?: string;
}

const digits = (s: string) => s.replace(/\D/g, '');

export function matchesFilter(ar: AutoReceptionistSummary, { q, siteId }: ArFilter): boolean {
  if (siteId && ar.site?.id !== siteId) return false;
  const needle = q?.trim().toLowerCase();
  if (!needle) return true;
  if (ar.name.toLowerCase().includes(needle)) return true;
  if (ar.extensionNumber.toLowerCase().includes(needle)) return true;
  const d = digits(needle);
  // Only a search that is mostly digits is treated as a number ("1012", "+1 415").
  return d.length >= 3 && d.length >= needle.replace(/[\s()+-]/g, '').length && ar.phoneNumbers.some((n) => digits(n).includes(d));
}

export function filterAutoReceptionists(items: AutoReceptionistSummary[], filter: ArFilter): AutoReceptionistSummary[] {
  return items.filter((ar) => matchesFilter(ar, filter)).sort((a, b) => a.name.localeCompare(b.name));
}
