// The seeded demo account: the same every time (ids included).
import type { TalkState } from '../state/records';
import { seedGreetings, seedGroups, seedPhoneNumbers } from './directory';
import { seedIvrs } from './ivrs';

export function seedAccount(): TalkState {
  const nextIds = { ivr: 10001, menu: 20001, route: 30001 };
  const ivrs = seedIvrs(nextIds);
  return { ivrs, groups: seedGroups(), greetings: seedGreetings(), phoneNumbers: seedPhoneNumbers(), nextIds };
}
