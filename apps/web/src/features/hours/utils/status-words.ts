// "Open now?" in words and colour: the state, then the BFF's reason and the
// next change on the extension's own clock — "Closed — Christmas Day until
// Sat 26 Dec 00:00 AEDT".
import type { StatusResponse } from '@switchboard/contract/hours';
import type { BadgeTone } from '@/components/ui/badge';

const STATE: Record<StatusResponse['state'], { label: string; tone: BadgeTone }> = {
  open: { label: 'Open now', tone: 'success' },
  closed: { label: 'Closed now', tone: 'neutral' },
  holiday: { label: 'Closed for a holiday', tone: 'warning' },
};

export function statusWords(status: StatusResponse): { label: string; tone: BadgeTone; sentence: string } {
  const until = status.untilWords.trim();
  return { ...STATE[status.state], sentence: until ? `${status.reason} ${until}` : `${status.reason}, with no change ahead` };
}
