// The editor's way to Zoom: the menu it started from (and adopting newer ones
// with the person's edits on top), Review (plan), Apply (PUT, followed live
// request by request) and "reload and re-apply my changes" after a conflict —
// or "reload to see what Zoom has" when the outcome is unknown.
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { IvrApplyResponse, IvrWriteBody } from '@switchboard/contract/ivr';
import type { Hours, Menu } from '@switchboard/routing-core/ivr/menu';
import { useWriteFlow, type WriteFlow } from '@/hooks/use-write-flow';
import { useApplyIvr } from '../api/apply-ivr';
import { usePlanIvr } from '../api/plan-ivr';
import { rebaseEdits } from '../utils/menu-changes';

export interface LoadedMenu {
  menu: Menu;
  version: string;
}

export type Flow = WriteFlow<IvrWriteBody, IvrApplyResponse>;

export interface MenuWriteOptions {
  form: UseFormReturn<Menu>;
  /** The menu as the route has it now (changes after writes and reloads). */
  loaded: LoadedMenu;
  autoReceptionistId: string;
  scope: { hours: Hours; holidayId?: string | undefined };
  reloadMenu: () => Promise<LoadedMenu>;
  onWritten: () => void;
  /** What the write changes, in words, and where it is shown: the outcome follows a person who leaves mid-apply. */
  subject: string;
  href: string;
}

export function useMenuWrite({
  form,
  loaded,
  autoReceptionistId,
  scope,
  reloadMenu,
  onWritten,
  subject,
  href,
}: MenuWriteOptions) {
  const [base, setBaseState] = useState<LoadedMenu>(loaded);
  const baseRef = useRef(base);
  const [reloading, setReloading] = useState(false);
  const plan = usePlanIvr();
  const apply = useApplyIvr();

  const setBase = (next: LoadedMenu) => {
    baseRef.current = next;
    setBaseState(next);
  };

  const w = useWriteFlow<IvrWriteBody, IvrApplyResponse>({
    plan: (body) => plan.mutateAsync({ autoReceptionistId, body }),
    apply: (body, onProgress) => apply.mutateAsync({ autoReceptionistId, body, onProgress }),
    subject,
    href,
    onWritten,
    onApplied: (body, result) => {
      if (!result.version) return;
      // Zoom read back exactly this menu: it is the new starting point.
      setBase({ menu: body.menu, version: result.version });
      form.reset(body.menu);
    },
  });

  /** Adopt a newer menu from Zoom, keeping the person's edits on top of it. */
  const adopt = (latest: LoadedMenu): Menu => {
    const rebased = rebaseEdits(baseRef.current.menu, form.getValues(), latest.menu);
    setBase(latest);
    form.reset(rebased);
    return rebased;
  };

  // A newer version arrived (after a write, or a reload): carry the edits over.
  useEffect(() => {
    if (loaded.version !== baseRef.current.version) adopt(loaded);
  }, [loaded.version]); // eslint-disable-line react-hooks/exhaustive-deps

  const bodyFor = (menu: Menu, from: LoadedMenu): IvrWriteBody => ({
    hours: scope.hours,
    ...(scope.holidayId ? { holidayId: scope.holidayId } : {}),
    baseVersion: from.version,
    menu,
    baseMenu: from.menu,
  });

  /** Plan the edited menu against the menu it started from. */
  const reviewMenu = (menu: Menu) => w.review(bodyFor(menu, baseRef.current));

  /** After an unknown outcome: read Zoom's menu again and edit on top of it (what landed shows as unchanged). */
  const reloadToSeeZoom = async () => {
    setReloading(true);
    try {
      adopt(await reloadMenu());
      w.backToEditing();
    } catch (err) {
      w.setPlanError(err);
      w.backToEditing();
    } finally {
      setReloading(false);
    }
  };

  const reloadAndReapply = async () => {
    setReloading(true);
    try {
      const latest = await reloadMenu();
      await w.review(bodyFor(adopt(latest), latest));
    } catch (err) {
      w.setPlanError(err);
      w.backToEditing();
    } finally {
      setReloading(false);
    }
  };

  return {
    base,
    flow: w.flow,
    backToEditing: w.backToEditing,
    reviewMenu,
    applyReviewed: w.applyReviewed,
    reloadAndReapply,
    reloadToSeeZoom,
    planning: w.planning,
    planError: w.planError,
    applyError: w.applyError,
    reloading,
  };
}
