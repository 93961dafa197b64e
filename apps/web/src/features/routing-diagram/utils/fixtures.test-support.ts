// A small account for the diagram's tests: Main → Support (key 2), Support → Main (key 9), Main → Branch (key 4, never loaded);
// Main's key 1 and its "no key pressed" both lead to the Sales queue, key 5 rings a user.
import type { AutoReceptionistSummary } from '@switchboard/contract/auto-receptionists';
import { defaultMenu } from '@switchboard/routing-core/ivr/default-menu';
import type { KeyAction, Menu } from '@switchboard/routing-core/ivr/menu';

const ar = (id: string, name: string, ext: string): AutoReceptionistSummary => ({
  id,
  name,
  extensionId: `${id}-ext`,
  extensionNumber: ext,
  site: { id: 'sf', name: 'San Francisco' },
  timezone: 'America/Los_Angeles',
  phoneNumbers: [],
});

export const ARS = [ar('main', 'Main line', '8001'), ar('support', 'Support menu', '8002'), ar('branch', 'Branch office', '8003')];

const toAr = (id: string, name: string, ext: string): KeyAction => ({
  action: 6,
  target: { extensionId: `${id}-ext`, name, extensionNumber: ext, type: 'autoReceptionist' },
  voicemailGreetingId: null,
});

export function mainMenu(): Menu {
  const m = defaultMenu();
  m.prompt = { id: 'p1', name: 'Welcome.mp3' };
  m.keys['1'] = { action: 7, target: { extensionId: 'q-ext', name: 'Sales', extensionNumber: '6001', type: 'callQueue' }, voicemailGreetingId: null };
  m.keys['2'] = toAr('support', 'Support menu', '8002');
  m.keys['4'] = toAr('branch', 'Branch office', '8003');
  m.keys['5'] = { action: 2, target: { extensionId: 'u-ext', name: 'Diego Okafor', extensionNumber: '1002', type: 'user' }, voicemailGreetingId: null };
  m.noAction = { repeat: 2, action: 7, target: { extensionId: 'q-ext', name: 'Sales', extensionNumber: '6001', type: 'callQueue' } };
  return m;
}

export function supportMenu(): Menu {
  const m = defaultMenu();
  m.keys['9'] = toAr('main', 'Main line', '8001');
  return m;
}
