// Zoom's HH:mm (Phone custom hours, Contact Center hour ranges) has no 24:00:
// the last minute it can name is 23:59, and a whole day in its own examples is
// 00:00–23:59. So an end at midnight is written as 23:59, and an end of 23:59
// is read as midnight, which makes what we write read back as it was.
import { END_OF_DAY } from './model';

const LAST_MINUTE = '23:59';

export const endToZoom = (to: string): string => (to === END_OF_DAY ? LAST_MINUTE : to);
export const endFromZoom = (to: string): string => (to === LAST_MINUTE ? END_OF_DAY : to);
