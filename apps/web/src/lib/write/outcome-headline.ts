// The outcome of an apply as a headline (the editor's outcome panel, and the
// notice shown to someone who left the page before Zoom answered).
import type { WriteResult } from '@switchboard/contract/write';
import { MENU_WORDS, type WriteWords } from './write-words';
import { plural } from '../plural';

export function outcomeHeadline(result: Pick<WriteResult, 'outcome' | 'mismatches' | 'ops'>, words: WriteWords = MENU_WORDS): string {
  switch (result.outcome) {
    case 'applied':
      return `${words.provider} confirms every change`;
    case 'no_change':
      return 'Nothing to change';
    case 'not_persisted':
      return `${words.provider} did not keep ${plural(Math.max(result.mismatches.length, 1), 'change')}`;
    case 'unverified':
      return `${words.provider} accepted ${plural(result.ops.length, 'change')}, but reading ${words.the} back failed`;
    case 'partial':
      return `Only ${result.ops.filter((o) => o.status === 'applied').length} of ${plural(result.ops.length, 'change')} reached ${words.provider}`;
    case 'conflict':
      return `${words.This} changed in ${words.provider} after you loaded ${words.it}`;
  }
}

