// Round trips through each provider's adapter: a random valid menu of each
// provider comes back unchanged, and is one the capability table allows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPABILITIES } from './capabilities';
import { neutralMenuIssues } from './validate';
import { neutralToZoom, zoomToNeutral } from './zoom-adapter';
import { routeToZendesk, zendeskToNeutral } from './zendesk-adapter';
import { MENU_KEYS } from './neutral-menu';
import { DEFAULT_ZENDESK_POOLS, zendeskMenuArb, zoomReadMenuArb } from '../testing/neutral-arbitraries';
import type { ZendeskMenuRead } from './zendesk-payloads';

describe('provider adapters', () => {
  it('a valid Zoom menu → neutral → Zoom is the same menu, and Zoom capabilities allow the neutral one', () => {
    fc.assert(
      fc.property(zoomReadMenuArb, (m) => {
        const neutral = zoomToNeutral(m);
        expect(neutralToZoom(neutral)).toEqual(m);
        expect(neutralMenuIssues(CAPABILITIES.zoom, neutral).filter((i) => i.path[0] !== 'greeting')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a valid Zendesk menu → routes → neutral is the same menu, and passes Zendesk capabilities', () => {
    fc.assert(
      fc.property(zendeskMenuArb(DEFAULT_ZENDESK_POOLS), (m) => {
        expect(neutralMenuIssues(CAPABILITIES.zendesk, m)).toEqual([]);
        let id = 30000;
        const read: ZendeskMenuRead = {
          id: 20001,
          name: 'Main menu',
          default: true,
          greeting_id: Number(m.greeting.id),
          routes: MENU_KEYS.flatMap((k) => {
            const r = m.keys[k];
            return r ? [{ id: ++id, keypress: k, ...routeToZendesk(r) }] : [];
          }),
        };
        expect(zendeskToNeutral(read)).toEqual(m);
      }),
      { numRuns: 300 },
    );
  });
});
