// Problems of the menus that can play: a greeting prompt deleted in Zoom (its
// id now starts with `removed_`), and a menu where no key leads anywhere.
import { isRemovedAudioId } from '@switchboard/zoom-schema/phone-ivr';
import { usableKeys } from './menu-usable';
import { objectOf, playableMenus } from './problem-routes';
import { problem, type Problem } from './problem-types';
import type { SnapshotIndex } from './snapshot-index';

export function menuProblems(index: SnapshotIndex): Problem[] {
  const out: Problem[] = [];
  for (const ar of index.snapshot.autoReceptionists) {
    const owner = objectOf({ kind: 'autoReceptionist', ext: ar });
    for (const m of playableMenus(ar)) {
      const of = `${m.words} of '${ar.name}'`;
      if (isRemovedAudioId(m.menu.prompt.id)) {
        out.push(problem('audio_deleted', owner, `The greeting prompt of ${of} was deleted from Zoom's audio library: callers hear no greeting until another is chosen.`, { ...m.hint, field: 'prompt' }));
      }
      if (usableKeys(m.menu).length === 0) {
        out.push(
          problem('menu_without_usable_key', owner, `No key of ${of} leads anywhere (each is disabled or only moves between menus): callers cannot choose where to go.`, m.hint),
        );
      }
    }
  }
  return out;
}
