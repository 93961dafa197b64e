// What a write changes, in the words its review and outcome use: the menu,
// an extension's hours, a holiday. One set per kind of object, so the shared
// review and outcome panels read naturally for each.
export interface WriteWords {
  /** "the menu", "the hours" — after a verb. */
  the: string;
  /** "This menu", "These hours" — at the start of a sentence. */
  This: string;
  /** "this menu", "these hours" — inside a sentence. */
  this: string;
  /** "it" or "them": what "the menu" is called again. */
  it: 'it' | 'them';
  /** Heading of the column naming what changed ("Part of the menu", "Day or setting"). */
  part: string;
  /** Who is written to: "Zoom", "Zendesk Talk". */
  provider: string;
}

export const MENU_WORDS: WriteWords = { the: 'the menu', This: 'This menu', this: 'this menu', it: 'it', part: 'Part of the menu', provider: 'Zoom' };
export const HOURS_WORDS: WriteWords = { the: 'the hours', This: 'These hours', this: 'these hours', it: 'them', part: 'Day or setting', provider: 'Zoom' };
export const HOLIDAY_WORDS: WriteWords = { the: 'the holidays', This: 'This holiday', this: 'this holiday', it: 'it', part: 'Part of the holiday', provider: 'Zoom' };
/** A Zendesk Talk IVR menu. */
export const ZENDESK_MENU_WORDS: WriteWords = { ...MENU_WORDS, provider: 'Zendesk Talk' };
export const BUSINESS_HOURS_WORDS: WriteWords = { the: 'the business hours', This: 'These business hours', this: 'these business hours', it: 'them', part: 'Day or setting', provider: 'Zoom' };
export const CLOSURE_SET_WORDS: WriteWords = { the: 'the closure set', This: 'This closure set', this: 'this closure set', it: 'it', part: 'Closure or setting', provider: 'Zoom' };
export const QUEUE_HOURS_WORDS: WriteWords = { the: 'the queue’s hours', This: 'The queue’s hours', this: 'the queue’s hours', it: 'them', part: 'Setting', provider: 'Zoom' };
export const ASSET_WORDS: WriteWords = { the: 'the asset', This: 'This asset', this: 'this asset', it: 'it', part: 'Part of the asset', provider: 'Zoom' };
export const CATEGORY_WORDS: WriteWords = { the: 'the category', This: 'This category', this: 'this category', it: 'it', part: 'Setting', provider: 'Zoom' };
