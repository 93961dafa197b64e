import type { IvrKey } from '@switchboard/zoom-schema/ivr-actions';

/** Telephone keypad order, row by row: 1 2 3 / 4 5 6 / 7 8 9 / * 0 #. */
export const KEYPAD_ORDER = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '*',
  '0',
  '#',
] as const satisfies readonly IvrKey[];
