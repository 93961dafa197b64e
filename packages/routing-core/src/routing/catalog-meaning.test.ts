// What the tracer reads from the catalogs' labels, pinned: if a label changes,
// this fails instead of a menu key silently meaning something else.
import { describe, expect, it } from 'vitest';
import { IVR_ACTIONS } from '@switchboard/zoom-schema/ivr-actions';
import { TARGETLESS_ROUTING, menuNavigation, targetlessRoutingEnd } from './catalog-meaning';

describe('catalog meaning', () => {
  it('each menu-navigation action is exactly one of repeat, root and previous', () => {
    const menu = IVR_ACTIONS.filter((a) => a.group === 'menu');
    expect(menu.map((a) => menuNavigation(a.code)).sort()).toEqual(['previous', 'repeat', 'root']);
    expect(IVR_ACTIONS.filter((a) => a.group !== 'menu').every((a) => menuNavigation(a.code) === null)).toBe(true);
  });

  it('targetless routing options either disconnect or leave Zoom Phone', () => {
    expect(Object.fromEntries(TARGETLESS_ROUTING.map((a) => [a.label, targetlessRoutingEnd(a)]))).toEqual({
      Disconnect: 'disconnect',
      'Play a message, then disconnect': 'disconnect',
      "Play the auto receptionist's menu": 'outside', // never asked: "play the menu" is handled before
      'Forward to a partner contact center': 'outside',
      'Forward to a Microsoft Teams resource account': 'outside',
    });
  });
});
