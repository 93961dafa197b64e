// "Copy a menu to other auto receptionists": the source menu becomes the
// desired menu of each target, planned with planIvr like any other edit, so
// the same minimal writes, words and verification apply.
//
// Choices (each also stated in the README):
// - Targets are copied as they are. A key that forwards to an extension
//   (including to the source auto receptionist) forwards to that same
//   extension from every copy; nothing is re-pointed.
// - Relative actions stay relative: "Voicemail of this auto receptionist"
//   (100) becomes the target's own voicemail, and "Repeat menu greeting",
//   "Return to root menu" / "previous menu" act on the target's own menus.
// - Audio (greeting prompt, voicemail greetings) lives in the account's audio
//   library, so its ids are copied as they are.
// - A key or the no-action behaviour that would forward the target to ITSELF,
//   or into a loop of auto receptionists without a way out, is judged by
//   copy-safety.ts (the copy is refused for that target), not here.
// - Zoom cannot remove a greeting prompt: when the source has none and the
//   target has one, the target keeps its prompt and a warning says so.
import type { TargetNamer } from './describe';
import { diffMenus, type MenuChange } from './diff';
import type { Menu } from './menu';
import { planIvr, type IvrScope, type PlannedIvrOp } from './plan';

export interface CopyPlan {
  /** The menu the target will have: the source, adjusted as described above. */
  desired: Menu;
  ops: PlannedIvrOp[];
  diff: MenuChange[];
  /** Sentences for things the person copying should know before applying. */
  warnings: string[];
}

export interface CopyOptions {
  namer?: TargetNamer;
}

export function planCopy(
  sourceMenu: Menu,
  targetCurrent: Menu,
  scope: IvrScope,
  targetArId: string,
  options: CopyOptions = {},
): CopyPlan {
  const desired: Menu = structuredClone(sourceMenu);
  const warnings: string[] = [];
  if (!desired.prompt.id && targetCurrent.prompt.id) {
    desired.prompt = targetCurrent.prompt;
    warnings.push(
      'Greeting prompt: the source menu has none, but Zoom cannot remove a prompt, so this auto receptionist keeps its own.',
    );
  }
  const ops = planIvr(targetCurrent, desired, { ...scope, arId: targetArId }, options.namer);
  return { desired, ops, diff: diffMenus(targetCurrent, desired, options.namer), warnings };
}
