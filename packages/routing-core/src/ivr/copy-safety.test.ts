import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IVR_KEYS, IVR_ACTIONS, isActionAllowedForKey, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import { keyActionArb } from '../testing/arbitraries';
import { judgeCopySafety, type CopySafetyVerdict, type OtherAr } from './copy-safety';
import { defaultMenu } from './default-menu';
import type { KeyAction, Menu } from './menu';

/** A menu with every key disabled and a hang-up when nothing is pressed, plus the given options. */
function menu(keys: Partial<Record<IvrKey, KeyAction>> = {}, noAction?: Menu['noAction']): Menu {
  const m = defaultMenu();
  for (const k of IVR_KEYS) m.keys[k] = { action: -1, target: null };
  Object.assign(m.keys, keys);
  if (noAction) m.noAction = noAction;
  return m;
}
const toAr = (ext: string): KeyAction => ({ action: 6, target: { extensionId: ext } });
const naToAr = (ext: string): Menu['noAction'] => ({ repeat: 1, action: 6, target: { extensionId: ext } });

const TARGET = { name: 'Main Line – Sydney', extensionId: 'syd' };

/** Ask until there is a verdict, answering each `needs` from `menus`; records what was asked. */
function judge(desired: Menu, menus: Record<string, Menu | null>, target = TARGET) {
  const others = new Map<string, OtherAr>(Object.keys(menus).map((ext) => [ext, { name: `AR ${ext}` }]));
  const asked: string[] = [];
  for (let round = 0; round < 50; round++) {
    const v = judgeCopySafety({ target, desired, others });
    if (v.verdict !== 'needs') return { verdict: v, asked };
    for (const ext of v.extensionIds) {
      asked.push(ext);
      others.set(ext, { name: `AR ${ext}`, menu: menus[ext]! });
    }
  }
  throw new Error('no verdict after 50 rounds');
}

describe('judgeCopySafety: forwarding to itself', () => {
  it('refuses a key that forwards to the target, naming the key, even when other keys have exits', () => {
    const desired = menu({ '1': { action: 7, target: { extensionId: 'queue' } }, '2': toAr('syd') });
    const { verdict, asked } = judge(desired, {});
    expect(verdict).toEqual({
      verdict: 'refused',
      reason: 'self',
      involved: ['key:2'],
      sentence: 'Main Line – Sydney would forward callers to itself on key 2: a loop they cannot leave, so it is not copied to.',
    });
    expect(asked).toEqual([]);
  });

  it('refuses "no key pressed" to itself, and names every self-forward', () => {
    const { verdict } = judge(menu({ '4': toAr('syd'), '9': toAr('syd') }, naToAr('syd')), {});
    expect(verdict).toMatchObject({ reason: 'self', involved: ['noAction', 'key:4', 'key:9'] });
    expect(verdict.verdict === 'refused' && verdict.sentence).toBe(
      'Main Line – Sydney would forward callers to itself when no key is pressed, on key 4 and on key 9: a loop they cannot leave, so it is not copied to.',
    );
  });

  it('voicemail of the target itself is an exit, not a loop', () => {
    expect(judge(menu({ '1': { action: 300, target: { extensionId: 'syd' }, voicemailGreetingId: 'g' } }), {}).verdict.verdict).toBe('safe');
  });
});

describe('judgeCopySafety: loops without an exit', () => {
  it('refuses a circle of auto receptionists that only lead to one another', () => {
    // Sydney → Support, Support → SF main and back to Sydney, SF main → Support.
    const { verdict, asked } = judge(menu({ '1': toAr('support') }), {
      support: menu({ '1': toAr('sf'), '2': toAr('syd'), '*': { action: 21, target: null } }, naToAr('sf')),
      sf: menu({ '1': toAr('support'), '#': { action: 22, target: null } }),
      unrelated: menu({ '1': { action: 2, target: { extensionId: 'u' } } }),
    });
    expect(verdict).toMatchObject({ verdict: 'refused', reason: 'loop', involved: ['AR support', 'AR sf'] });
    expect(verdict.verdict === 'refused' && verdict.sentence).toBe(
      'Main Line – Sydney would trap callers in a loop: after the copy, its menu and those of AR support and AR sf lead only to one another, never to a person, queue, group, voicemail, phone number or Contact Center, so it is not copied to.',
    );
    // Read once each, and never a menu the check did not need.
    expect(asked).toEqual(['support', 'sf']);
  });

  it('a circle the target leads into without being part of it is refused too', () => {
    const { verdict } = judge(menu({}, naToAr('a')), { a: menu({ '1': toAr('b') }), b: menu({ '1': toAr('a') }) });
    expect(verdict).toMatchObject({ verdict: 'refused', reason: 'loop', involved: ['AR a', 'AR b'] });
  });

  it('one exit anywhere in the circle is enough, and ends the reading there', () => {
    const { verdict, asked } = judge(menu({ '1': toAr('a') }), {
      a: menu({ '1': toAr('b'), '2': { action: 100, target: null } }),
      b: menu({ '1': toAr('a') }),
    });
    expect(verdict).toEqual({ verdict: 'safe', unchecked: [] });
    expect(asked).toEqual(['a']);
  });

  it('an exit on the target itself needs no read at all', () => {
    const { asked, verdict } = judge(menu({ '1': toAr('a'), '2': { action: 10, target: { phoneNumber: '+14155550123' } } }), { a: menu() });
    expect(verdict.verdict).toBe('safe');
    expect(asked).toEqual([]);
  });

  it('a dead end that only hangs up is no loop', () => {
    expect(judge(menu({ '1': toAr('a') }), { a: menu() }).verdict.verdict).toBe('safe');
    expect(judge(menu({ '*': { action: 21, target: null } }), {}).verdict.verdict).toBe('safe');
  });

  it('repeat, root and previous menu keep the caller in the circle: not exits', () => {
    const stays = menu({ '*': { action: 21, target: null }, '#': { action: 22, target: null } });
    const { verdict } = judge(menu({ '1': toAr('a'), '*': { action: 23, target: null } }), { a: { ...stays, keys: { ...stays.keys, '1': toAr('syd') } } });
    expect(verdict).toMatchObject({ verdict: 'refused', reason: 'loop' });
  });

  it('every forward that is not to an auto receptionist, and every voicemail, is an exit', () => {
    const exits = IVR_ACTIONS.filter((a) => (a.group === 'forward' && a.targetKind !== 'autoReceptionist') || a.group === 'voicemail');
    expect(exits.map((a) => a.code).sort((x, y) => x - y)).toEqual([2, 3, 4, 5, 7, 8, 9, 10, 15, 16, 17, 100, 200, 300, 400, 500]);
    const loop = { a: menu({ '1': toAr('syd') }) };
    for (const spec of exits) {
      const target = spec.target === 'phoneNumber' ? { phoneNumber: '+14155550123' } : spec.target === 'extension' ? { extensionId: 'x' } : null;
      const option: KeyAction = { action: spec.code, target, voicemailGreetingId: spec.voicemailGreeting === 'none' ? null : 'g' };
      // The exit on the far auto receptionist of a two-step circle.
      const withExit = { a: menu({ '1': toAr('syd'), '2': option }) };
      expect(judge(menu({ '1': toAr('a') }), withExit).verdict.verdict, `code ${spec.code}`).toBe('safe');
    }
    expect(judge(menu({ '1': toAr('a') }), loop).verdict.verdict).toBe('refused');
  });

  it('does not refuse on what it cannot see: unknown auto receptionists, unreadable menus, unknown codes', () => {
    expect(judge(menu({ '1': toAr('not-in-directory') }), {}).verdict.verdict).toBe('safe');
    expect(judge(menu({ '1': toAr('a') }), { a: null }).verdict).toEqual({ verdict: 'safe', unchecked: ['AR a'] });
    expect(judge(menu({ '1': toAr('a') }), { a: menu({ '1': { action: 999, target: null } }) }).verdict.verdict).toBe('safe');
  });

  it('without a known extension id the target is still judged by its options', () => {
    const { verdict } = judge(menu({ '1': toAr('a') }), { a: menu({ '1': toAr('a') }) }, { name: 'X', extensionId: null } as never);
    expect(verdict).toMatchObject({ verdict: 'refused', reason: 'loop', involved: ['AR a'] });
  });
});

// ---- Properties: random small accounts where loops are likely -------------

const EXTS = ['syd', 'a', 'b', 'c', 'd'];
/** Forwards among the five and disabled keys; with `anyAction`, now and then any valid action (most are exits). */
const loopyKey = (key: IvrKey, to: readonly string[], anyAction: boolean): fc.Arbitrary<KeyAction> =>
  isActionAllowedForKey(key, 6)
    ? fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...to).map(toAr) },
        { weight: 6, arbitrary: fc.constant<KeyAction>({ action: -1, target: null }) },
        ...(anyAction ? [{ weight: 1, arbitrary: keyActionArb(key) }] : []),
      )
    : keyActionArb(key);
const loopyMenu = (to: readonly string[]): fc.Arbitrary<Menu> =>
  fc
    .record({
      keys: fc.boolean().chain((any) =>
        fc.record(Object.fromEntries(IVR_KEYS.map((k) => [k, loopyKey(k, to, any)])) as Record<IvrKey, fc.Arbitrary<KeyAction>>),
      ),
      na: fc.oneof(fc.constant<Menu['noAction']>({ repeat: 3, action: -1, target: null }), fc.constantFrom(...to).map(naToAr)),
    })
    .map(({ keys, na }) => ({ prompt: { id: null }, noAction: na, keys }));
// Half the time the target's own menu never forwards to itself, so loops (not only self-forwards) are common.
const accountArb = fc.record({
  desired: fc.oneof(loopyMenu(EXTS), loopyMenu(EXTS.slice(1))),
  a: loopyMenu(EXTS),
  b: loopyMenu(EXTS),
  c: loopyMenu(EXTS),
  d: loopyMenu(EXTS),
});

/** The definition, computed another way: transitive closure over every menu (all read). */
function oracle(account: Record<string, Menu>): 'self' | 'loop' | 'safe' {
  const menus: Record<string, Menu> = { syd: account.desired!, a: account.a!, b: account.b!, c: account.c!, d: account.d! };
  const opts = (m: Menu) => [m.noAction, ...IVR_KEYS.map((k) => m.keys[k])];
  // A forward to an extension outside the account's auto receptionists may lead out: an exit.
  const arOf = (o: { action: number; target: { extensionId?: string } | null }) =>
    o.action === 6 && EXTS.includes(o.target?.extensionId ?? '') ? o.target!.extensionId : undefined;
  if (opts(menus.syd!).some((o) => arOf(o) === 'syd')) return 'self';
  const reach: Record<string, Set<string>> = {};
  for (const e of EXTS) reach[e] = new Set(opts(menus[e]!).map(arOf).filter((x): x is string => !!x));
  for (const k of EXTS) for (const i of EXTS) if (reach[i]!.has(k)) for (const j of reach[k]!) reach[i]!.add(j);
  const reachable = ['syd', ...reach.syd!];
  const isExit = (o: { action: number; target: { extensionId?: string } | null }) => ![-1, 21, 22, 23].includes(o.action) && !arOf(o);
  if (reachable.some((e) => opts(menus[e]!).some(isExit))) return 'safe';
  return reachable.some((e) => reach[e]!.has(e)) ? 'loop' : 'safe';
}

const kind = (v: CopySafetyVerdict) => (v.verdict === 'refused' ? v.reason : v.verdict);

describe('judgeCopySafety (properties)', () => {
  it('agrees with the definition computed by transitive closure', () => {
    fc.assert(
      fc.property(accountArb, (account) => {
        const { desired, ...rest } = account;
        expect(kind(judge(desired, rest).verdict)).toBe(oracle(account));
      }),
      { numRuns: 2000 },
    );
    // The draws cover every verdict (a property that only ever sees "safe" proves little).
    const seen = new Set(fc.sample(accountArb, { numRuns: 500, seed: 1 }).map(oracle));
    expect([...seen].sort()).toEqual(['loop', 'safe', 'self']);
  });

  it('reads each menu at most once, and only menus reachable from the target', () => {
    fc.assert(
      fc.property(accountArb, ({ desired, ...rest }) => {
        const { asked } = judge(desired, rest);
        expect(new Set(asked).size).toBe(asked.length);
        const reachable = new Set<string>();
        const walk = (m: Menu) => {
          for (const o of [m.noAction, ...IVR_KEYS.map((k) => m.keys[k])]) {
            const ext = o.action === 6 ? o.target?.extensionId : undefined;
            if (ext && EXTS.includes(ext) && ext !== 'syd' && !reachable.has(ext)) {
              reachable.add(ext);
              walk(rest[ext as 'a']);
            }
          }
        };
        walk(desired);
        for (const ext of asked) expect(reachable.has(ext)).toBe(true);
      }),
    );
  });

  it('giving any auto receptionist in a refused loop a way out makes the copy safe', () => {
    fc.assert(
      fc.property(accountArb, fc.constantFrom('a', 'b', 'c', 'd'), ({ desired, ...rest }, ext) => {
        const { verdict } = judge(desired, rest);
        fc.pre(verdict.verdict === 'refused' && verdict.reason === 'loop' && verdict.involved.includes(`AR ${ext}`));
        const m = structuredClone(rest[ext as 'a']);
        m.keys['0'] = { action: 100, target: null };
        expect(judge(desired, { ...rest, [ext]: m }).verdict.verdict).toBe('safe');
      }),
    );
  });
});
