import { describe, expect, it } from 'vitest';
import type { TargetKind } from '@switchboard/zoom-schema/ivr-actions';
import { crossSiteChanges, type CrossSiteInput, type SiteRef } from './cross-site';
import { defaultMenu } from './default-menu';
import type { Menu, Target } from './menu';

const SF: SiteRef = { id: 'sf', name: 'San Francisco' };
const SYD: SiteRef = { id: 'syd', name: 'Sydney' };

/** The directory: extension id → name and site. */
const DIRECTORY: Record<string, { name: string; site: SiteRef | null; kind: TargetKind }> = {
  'q-sales': { name: 'Sales', site: SF, kind: 'callQueue' },
  'q-apac': { name: 'APAC Support', site: SYD, kind: 'callQueue' },
  'slg-desk': { name: 'SF Front Desk', site: SF, kind: 'sharedLineGroup' },
  'u-maria': { name: 'Maria Lopez', site: SF, kind: 'user' },
  'ca-lobby': { name: 'SF Lobby Phone', site: SF, kind: 'commonArea' },
  'xc-night': { name: 'Night Owl Answering', site: null, kind: 'externalContact' },
};
const lookup = (t: Target, kind: TargetKind) => {
  const item = t.extensionId ? DIRECTORY[t.extensionId] : undefined;
  return item && item.kind === kind ? item : undefined;
};

function sfMenu(): Menu {
  const m = defaultMenu();
  m.prompt = { id: 'audio-sf' };
  m.keys['1'] = { action: 7, target: { extensionId: 'q-sales' } };
  m.keys['2'] = { action: 8, target: { extensionId: 'slg-desk' } };
  m.keys['3'] = { action: 400, target: { extensionId: 'q-sales' }, voicemailGreetingId: 'g' };
  m.keys['4'] = { action: 9, target: { extensionId: 'xc-night' } };
  m.keys['5'] = { action: 10, target: { phoneNumber: '+14155550123' } };
  m.keys['6'] = { action: 7, target: { extensionId: 'q-apac' } };
  m.keys['8'] = { action: 4, target: { extensionId: 'ca-lobby' } };
  m.keys['9'] = { action: 2, target: { extensionId: 'u-maria' } };
  m.noAction = { repeat: 2, action: 7, target: { extensionId: 'q-sales' } };
  return m;
}

const input = (over: Partial<CrossSiteInput> = {}): CrossSiteInput => ({
  desired: sfMenu(),
  greetingFromSource: true,
  sourceSite: SF,
  target: { name: 'Main Line – Sydney', site: SYD },
  lookup,
  audioName: (id) => (id === 'audio-sf' ? 'Main greeting (San Francisco)' : undefined),
  ...over,
});

describe('crossSiteChanges', () => {
  it("names every queue, group, user and common area of the source's site the target would route to, and the greeting", () => {
    const cs = crossSiteChanges(input())!;
    expect(cs.sourceSite).toEqual(SF);
    expect(cs.targetSite).toEqual(SYD);
    expect(cs.items).toEqual([
      'key 1 to Sales (San Francisco)',
      'key 2 to SF Front Desk (San Francisco)',
      'key 3 to the voicemail of Sales (San Francisco)',
      'key 8 to SF Lobby Phone (San Francisco)',
      'key 9 to Maria Lopez (San Francisco)',
      'callers who press nothing to Sales (San Francisco)',
      'the greeting “Main greeting (San Francisco)”',
    ]);
    expect(cs.sentence).toBe(
      'Main Line – Sydney would route key 1 to Sales (San Francisco), key 2 to SF Front Desk (San Francisco), key 3 to the voicemail of Sales (San Francisco), ' +
        'key 8 to SF Lobby Phone (San Francisco), key 9 to Maria Lopez (San Francisco) and callers who press nothing to Sales (San Francisco), ' +
        'and play the greeting “Main greeting (San Francisco)”.',
    );
  });

  it("leaves out what has no site or is on the target's own site", () => {
    const cs = crossSiteChanges(input())!;
    expect(cs.sentence).not.toMatch(/Night Owl|APAC|\+1415/);
  });

  it('one route and the greeting read as one sentence', () => {
    const m = defaultMenu();
    m.prompt = { id: 'audio-sf' };
    m.keys['1'] = { action: 7, target: { extensionId: 'q-sales' } };
    expect(crossSiteChanges(input({ desired: m }))!.sentence).toBe(
      'Main Line – Sydney would route key 1 to Sales (San Francisco) and play the greeting “Main greeting (San Francisco)”.',
    );
  });

  it('only the greeting, or only routes', () => {
    const greetingOnly = defaultMenu();
    greetingOnly.prompt = { id: 'audio-sf' };
    expect(crossSiteChanges(input({ desired: greetingOnly }))!.sentence).toBe(
      'Main Line – Sydney would play the greeting “Main greeting (San Francisco)”.',
    );
    // The copy keeps the target's own greeting when the source has none: not the source's.
    expect(crossSiteChanges(input({ greetingFromSource: false }))!.items.some((i) => i.startsWith('the greeting'))).toBe(false);
  });

  it('nothing when the target is on the same site, either site is unknown, or nothing belongs to the source site', () => {
    expect(crossSiteChanges(input({ target: { name: 'Support Menu', site: SF } }))).toBeNull();
    expect(crossSiteChanges(input({ target: { name: 'X', site: null } }))).toBeNull();
    expect(crossSiteChanges(input({ sourceSite: null }))).toBeNull();
    expect(crossSiteChanges(input({ desired: defaultMenu() }))).toBeNull();
  });

  it('a prompt the audio library does not name is still named by its id', () => {
    const m = defaultMenu();
    m.prompt = { id: 'audio-x' };
    expect(crossSiteChanges(input({ desired: m }))!.sentence).toBe('Main Line – Sydney would play the greeting “audio file id audio-x”.');
  });
});
