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
}

export const MENU_WORDS: WriteWords = { the: 'the menu', This: 'This menu', this: 'this menu', it: 'it', part: 'Part of the menu' };
export const HOURS_WORDS: WriteWords = { the: 'the hours', This: 'These hours', this: 'these hours', it: 'them', part: 'Day or setting' };
export const HOLIDAY_WORDS: WriteWords = { the: 'the holidays', This: 'This holiday', this: 'this holiday', it: 'it', part: 'Part of the holiday' };
export const BUSINESS_HOURS_WORDS: WriteWords = { the: 'the business hours', This: 'These business hours', this: 'these business hours', it: 'them', part: 'Day or setting' };
export const CLOSURE_SET_WORDS: WriteWords = { the: 'the closure set', This: 'This closure set', this: 'this closure set', it: 'it', part: 'Closure or setting' };
export const QUEUE_HOURS_WORDS: WriteWords = { the: 'the queue’s hours', This: 'The queue’s hours', this: 'the queue’s hours', it: 'them', part: 'Setting' };
export const ASSET_WORDS: WriteWords = { the: 'the asset', This: 'This asset', this: 'this asset', it: 'it', part: 'Part of the asset' };
export const CATEGORY_WORDS: WriteWords = { the: 'the category', This: 'This category', this: 'this category', it: 'it', part: 'Setting' };
