// Test support: fast-check arbitraries for normalized menus that respect the
// action catalog (codes per key, targets of the right shape, E.164 numbers,
// greetings where required). Other packages' tests reuse them, e.g. to drive
// the simulator or the BFF with random valid menus.
import fc from 'fast-check';
import {
  IVR_KEYS,
  actionsForKey,
  noActionActions,
  type IvrActionSpec,
  type IvrKey,
  type TargetKind,
} from '@switchboard/zoom-schema/ivr-actions';
import type { KeyAction, Menu, NoAction, Prompt, Target } from '../ivr/menu';

/** Small id pools make equal and different values both likely. */
export const idArb = (prefix: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }).map((n) => `${prefix}${n}`) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{6,22}$/).map((s) => `${prefix}${s}`) },
  );

/** E.164: "+", a non-zero digit, 7–15 digits in all. */
export const e164Arb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^[0-9]{6,14}$/))
  .map(([first, rest]) => `+${first}${rest}`);

const nameArb = fc.option(fc.constantFrom('Maria Lopez', 'Support Line', 'Front Desk', 'Sales', 'Ω Team'), {
  nil: undefined,
});
const extNumberArb = fc.option(fc.integer({ min: 100, max: 99999 }).map(String), { nil: undefined });

/** An extension target of `kind`, with or without display fields. */
export function extensionTargetArb(kind: TargetKind): fc.Arbitrary<Target> {
  return fc
    .record({
      extensionId: idArb('ext-'),
      name: nameArb,
      extensionNumber: extNumberArb,
      type: fc.option(fc.constant(kind), { nil: undefined }),
    })
    .map(dropUndefined);
}

export function phoneTargetArb(kind: TargetKind = 'phoneNumber'): fc.Arbitrary<Target> {
  return fc
    .record({ phoneNumber: e164Arb, type: fc.option(fc.constant(kind), { nil: undefined }) })
    .map(dropUndefined);
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function targetFor(spec: IvrActionSpec): fc.Arbitrary<Target | null> {
  if (spec.target === 'extension') return extensionTargetArb(spec.targetKind!);
  if (spec.target === 'phoneNumber') return phoneTargetArb(spec.targetKind!);
  return fc.constant(null);
}

function greetingFor(spec: IvrActionSpec): fc.Arbitrary<string | null> {
  if (spec.voicemailGreeting === 'required') return idArb('greeting-');
  if (spec.voicemailGreeting === 'optional') return fc.option(idArb('greeting-'), { nil: null });
  return fc.constant(null);
}

export function keyActionForSpecArb(spec: IvrActionSpec): fc.Arbitrary<KeyAction> {
  return fc
    .record({ target: targetFor(spec), voicemailGreetingId: greetingFor(spec) })
    .map(({ target, voicemailGreetingId }) => ({ action: spec.code, target, voicemailGreetingId }));
}

/** A valid key action for `key`: any code the catalog allows there. */
export function keyActionArb(key: IvrKey): fc.Arbitrary<KeyAction> {
  return fc.constantFrom(...actionsForKey(key)).chain(keyActionForSpecArb);
}

export const noActionArb: fc.Arbitrary<NoAction> = fc
  .record({
    repeat: fc.constantFrom(1 as const, 2 as const, 3 as const),
    spec: fc.constantFrom(...noActionActions()),
  })
  .chain(({ repeat, spec }) =>
    targetFor(spec).map((target) => ({ repeat, action: spec.code, target })),
  );

export const promptArb: fc.Arbitrary<Prompt> = fc.oneof(
  fc.constant({ id: null }),
  fc
    .record({ id: idArb('audio-'), name: fc.option(fc.constantFrom('Welcome.mp3', 'After hours.wav'), { nil: undefined }) })
    .map(dropUndefined),
);

/** A menu that passes desiredMenuSchema. */
export const validMenuArb: fc.Arbitrary<Menu> = fc.record({
  prompt: promptArb,
  noAction: noActionArb,
  keys: fc.record(
    Object.fromEntries(IVR_KEYS.map((k) => [k, keyActionArb(k)])) as Record<IvrKey, fc.Arbitrary<KeyAction>>,
  ),
});

/**
 * Real ids to draw targets from (e.g. a simulator's or an account's
 * directory), for tests that write the generated menus somewhere that checks
 * them. Actions whose target kind has no ids, or that need a greeting when no
 * audio is given, are not generated.
 */
export interface MenuPools {
  extensions: Partial<Record<TargetKind, readonly string[]>>;
  /** Audio ids: greeting prompts and voicemail greetings. */
  audio: readonly string[];
}

/** A menu that passes desiredMenuSchema, with every target and audio id taken from `pools`. */
export function menuFromPoolsArb(pools: MenuPools): fc.Arbitrary<Menu> {
  const pool = (kind: TargetKind | null) => (kind ? (pools.extensions[kind] ?? []) : []);
  const usable = (spec: IvrActionSpec) =>
    (spec.target !== 'extension' || pool(spec.targetKind).length > 0) &&
    (spec.voicemailGreeting !== 'required' || pools.audio.length > 0);
  const target = (spec: IvrActionSpec): fc.Arbitrary<Target | null> => {
    if (spec.target === 'extension') return fc.constantFrom(...pool(spec.targetKind)).map((extensionId) => ({ extensionId }));
    if (spec.target === 'phoneNumber') return phoneTargetArb(spec.targetKind!);
    return fc.constant(null);
  };
  const audio = pools.audio.length > 0 ? fc.constantFrom(...pools.audio) : null;
  const greeting = (spec: IvrActionSpec): fc.Arbitrary<string | null> => {
    if (!audio || spec.voicemailGreeting === 'none') return fc.constant(null);
    return spec.voicemailGreeting === 'required' ? audio : fc.option(audio, { nil: null });
  };
  const keyArb = (key: IvrKey): fc.Arbitrary<KeyAction> =>
    fc
      .constantFrom(...actionsForKey(key).filter(usable))
      .chain((spec) =>
        fc.record({ target: target(spec), voicemailGreetingId: greeting(spec) }).map((r) => ({ action: spec.code, ...r })),
      );
  const noAction: fc.Arbitrary<NoAction> = fc
    .record({ repeat: fc.constantFrom(1 as const, 2 as const, 3 as const), spec: fc.constantFrom(...noActionActions().filter(usable)) })
    .chain(({ repeat, spec }) => target(spec).map((t) => ({ repeat, action: spec.code, target: t })));
  return fc.record({
    prompt: audio ? audio.map((id): Prompt => ({ id })) : fc.constant<Prompt>({ id: null }),
    noAction,
    keys: fc.record(Object.fromEntries(IVR_KEYS.map((k) => [k, keyArb(k)])) as Record<IvrKey, fc.Arbitrary<KeyAction>>),
  });
}
