// Flows in words: Zoom's channel and status names made readable, and when
// (and by whom) a flow last changed.
import { formatPhoneNumber } from '@switchboard/routing-core/format/phone';

/** "saved_reply" → "Saved reply"; empty → "Not said". */
export const readable = (s: string) => (s ? s.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase()) : 'Not said');

const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function whenWords(modifiedBy: string | null, at: string | null): string {
  const when = at && !Number.isNaN(Date.parse(at)) ? WHEN.format(new Date(at)) : null;
  // Zoom's user id (a long run of letters and digits) is no word for a person: left out.
  const by = modifiedBy && !/^[A-Za-z0-9_-]{16,}$/.test(modifiedBy) ? modifiedBy : null;
  if (when && by) return `${when} by ${by}`;
  return when ?? (by ? `by ${by}` : 'Not known');
}

export const numberWords = (n: string | null) => (n ? formatPhoneNumber(n) : 'No number');
