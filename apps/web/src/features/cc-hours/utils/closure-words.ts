// A closure's span in words, on its set's clock: "25 Dec 2027, all day",
// "24 Dec 2027 17:00 – 26 Dec 2027 09:00".
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

const date = (local: string) => DAY.format(new Date(`${local.slice(0, 10)}T00:00:00Z`));

export function spanWords(c: { start: string; end: string; allDay: boolean }): string {
  const sameDay = c.start.slice(0, 10) === c.end.slice(0, 10);
  if (c.allDay) return sameDay ? `${date(c.start)}, all day` : `${date(c.start)} – ${date(c.end)}, all day`;
  if (sameDay) return `${date(c.start)}, ${c.start.slice(11, 16)}–${c.end.slice(11, 16)}`;
  return `${date(c.start)} ${c.start.slice(11, 16)} – ${date(c.end)} ${c.end.slice(11, 16)}`;
}
