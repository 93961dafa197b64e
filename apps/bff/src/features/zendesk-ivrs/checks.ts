// What a desired Zendesk menu must meet before anything is planned: the
// capability table's rules (keys, kinds, targets, numbers, texts), and, for
// the parts it changes, targets that exist in the account — groups, greetings,
// and another menu of the same IVR (Zendesk refuses a route to its own menu).
import { CAPABILITIES } from '@switchboard/routing-core/menu-model/capabilities';
import { keyWords } from '@switchboard/routing-core/menu-model/describe';
import { MENU_KEYS, type NeutralMenu } from '@switchboard/routing-core/menu-model/neutral-menu';
import { sameRoute } from '@switchboard/routing-core/menu-model/semantic';
import { neutralMenuIssues, type MenuIssue } from '@switchboard/routing-core/menu-model/validate';
import type { ZendeskChoices } from '@switchboard/contract/zendesk';

export function zendeskMenuIssues(
  current: NeutralMenu,
  desired: NeutralMenu,
  account: { choices: ZendeskChoices; menuIds: readonly string[]; menuId: string },
): MenuIssue[] {
  const out = neutralMenuIssues(CAPABILITIES.zendesk, desired);
  if (out.length > 0) return out;
  const groups = new Set(account.choices.groups.map((g) => g.id));
  if (desired.greeting.id !== current.greeting.id && desired.greeting.id && !account.choices.greetings.some((g) => g.id === desired.greeting.id)) {
    out.push({ path: ['greeting', 'id'], message: `Greeting: Zendesk Talk has no greeting ${desired.greeting.id}; choose another.` });
  }
  for (const key of MENU_KEYS) {
    const route = desired.keys[key];
    if (!route || sameRoute(route, current.keys[key])) continue;
    const where = keyWords(key);
    if (route.kind === 'forward' || route.kind === 'voicemail') {
      route.targets.forEach((t, i) => {
        if (!groups.has(t.id)) out.push({ path: ['keys', key, 'targets', i], message: `${where}: Zendesk Talk has no group ${t.id}; it may have been deleted.` });
      });
    }
    if (route.kind === 'menu') {
      if (route.menu.id === account.menuId) out.push({ path: ['keys', key, 'menu'], message: `${where}: a key cannot lead to its own menu; choose another menu.` });
      else if (!account.menuIds.includes(route.menu.id)) out.push({ path: ['keys', key, 'menu'], message: `${where}: this IVR has no menu ${route.menu.id}; choose one of its menus.` });
    }
  }
  return out;
}
