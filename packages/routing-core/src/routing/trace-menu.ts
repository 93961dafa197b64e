// A menu plays and the caller presses the next key, or none. Keys are pressed
// in order across every menu the call reaches; when they run out the caller
// presses nothing more and the menu's "no key pressed" action applies after
// its repeats. A disabled key, "repeat", "root menu" and "previous menu" keep
// the call in the menus (the stack of menus heard decides root and previous;
// "previous" at the root plays the root again). Every key pressed is one step,
// so the walk always ends.
import { actionSpec } from '@switchboard/zoom-schema/ivr-actions';
import { describePrompt, lowerFirst } from '../ivr/describe';
import { hopFromKeyAction, hopFromNoAction } from './hops';
import { menuNavigation } from './catalog-meaning';
import { MAX_STEPS, ending, step, type Ending, type MenuFrame, type TraceContext } from './trace-context';
import { followHop } from './trace-follow';
import { keyActionWords, noActionWords } from './trace-words';
import { usableKeys } from './menu-usable';

function announce(ctx: TraceContext, frame: MenuFrame, lead: string): void {
  const usable = usableKeys(frame.menu).length;
  const keys = usable === 0 ? 'no key leads anywhere' : usable === 1 ? '1 key leads on' : `${usable} keys lead on`;
  step(ctx, 'menu', frame.id, frame.name, `${lead}${describePrompt(frame.menu.prompt, ctx.index.namer)}; ${keys}.`);
}

export function playMenu(ctx: TraceContext, first: MenuFrame): Ending {
  announce(ctx, first, '');
  ctx.stack.push(first);
  let frame = first;
  for (;;) {
    if (ctx.steps.length >= MAX_STEPS) {
      return ending('loop', { kind: 'menu', name: frame.name, reason: `The trace stopped after ${MAX_STEPS} steps without reaching anyone.` });
    }
    if (ctx.next >= ctx.keys.length) return noKey(ctx, frame);
    const key = ctx.keys[ctx.next++]!;
    const ka = frame.menu.keys[key];
    const spec = actionSpec(ka.action);
    const keyId = `${frame.id}:key:${key}`;
    const keyStep = (reason: string) => step(ctx, 'key', keyId, `Key ${key}`, reason);
    if (!spec) return followHop(ctx, hopFromKeyAction(ka, frame.ar.extensionId), `key ${key}`);
    if (spec.group === 'disabled') {
      keyStep(`Key ${key} pressed: it is disabled in this menu, so the caller hears the menu again.`);
      continue;
    }
    const nav = menuNavigation(ka.action);
    if (nav === 'repeat') {
      keyStep(`Key ${key} pressed: the greeting plays again.`);
      continue;
    }
    if (nav === 'root') {
      frame = ctx.stack[0]!;
      ctx.stack.length = 1;
      keyStep(`Key ${key} pressed: back to the root menu, the first one of this call.`);
      announce(ctx, frame, 'The root menu plays again. ');
      continue;
    }
    if (nav === 'previous') {
      const atRoot = ctx.stack.length <= 1;
      if (!atRoot) ctx.stack.pop();
      frame = ctx.stack.at(-1)!;
      keyStep(
        atRoot
          ? `Key ${key} pressed: this is the first menu of the call, so there is no previous one and it plays again.`
          : `Key ${key} pressed: back to the previous menu.`,
      );
      if (!atRoot) announce(ctx, frame, 'The previous menu plays again. ');
      continue;
    }
    keyStep(`Key ${key} pressed: ${lowerFirst(keyActionWords(ka, ctx.index.namer))}.`);
    return followHop(ctx, hopFromKeyAction(ka, frame.ar.extensionId), `key ${key} of the ${lowerFirst(frame.name)}`);
  }
}

function noKey(ctx: TraceContext, frame: MenuFrame): Ending {
  const na = frame.menu.noAction;
  const words = lowerFirst(noActionWords(na, ctx.index.namer));
  const hop = hopFromNoAction(na);
  const id = `${frame.id}:no-key`;
  if (hop.kind === 'disconnect') {
    return ending('disconnected', { kind: 'disconnect', id, name: 'Disconnected', reason: `No key pressed at the ${lowerFirst(frame.name)}: ${words}.` });
  }
  step(ctx, 'key', id, 'No key pressed', `No key pressed: ${words}.`);
  return followHop(ctx, hop, `the "no key pressed" action of the ${lowerFirst(frame.name)}`);
}
