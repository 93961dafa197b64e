// The editor's way to Zoom: the menu it started from (and adopting newer ones
// with the person's edits on top), Review (plan), Apply (PUT, followed live
// request by request) and "reload and re-apply my changes" after a conflict —
// or "reload to see what Zoom has" when the outcome is unknown.
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { IvrApplyResponse, IvrPlanResponse, IvrWriteBody } from '@switchboard/contract/ivr';
import type { Hours, Menu } from '@switchboard/routing-core/ivr/menu';
import { isOutcomeUnknown, useApplyIvr } from '../api/apply-ivr';
import { planConflict, usePlanIvr } from '../api/plan-ivr';
import {
  applyProgressEvent,
  freezeProgress,
  startProgress,
  type ApplyProgress,
} from '../utils/apply-progress';
import { rebaseEdits } from '../utils/menu-changes';
import { outcomeHeadline } from '../utils/outcome-headline';
import { dismissNotice, isRunning, setWatched, trackWrite } from '@/lib/write-notices';

export interface LoadedMenu {
  menu: Menu;
  version: string;
}

export type Flow =
  | { step: 'edit' }
  | { step: 'review'; body: IvrWriteBody; plan: IvrPlanResponse }
  | { step: 'applying'; body: IvrWriteBody; plan: IvrPlanResponse; progress: ApplyProgress }
  | { step: 'outcome'; body: IvrWriteBody; result: IvrApplyResponse }
  /** The apply may or may not have landed (the connection broke before its outcome). */
  | { step: 'unknown'; body: IvrWriteBody; progress: ApplyProgress; error: unknown };

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
  const [flow, setFlow] = useState<Flow>({ step: 'edit' });
  const [planError, setPlanError] = useState<unknown>(null);
  const [applyError, setApplyError] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  const plan = usePlanIvr();
  const apply = useApplyIvr();
  const writeId = useRef<string | null>(null);

  // Leaving while a write runs does not stop it: the app shell takes over telling its outcome.
  useEffect(
    () => () => {
      const id = writeId.current;
      if (!id) return;
      if (isRunning(id)) setWatched(id, false);
      else dismissNotice(id);
    },
    [],
  );

  const setBase = (next: LoadedMenu) => {
    baseRef.current = next;
    setBaseState(next);
  };

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

  const review = async (body: IvrWriteBody) => {
    setPlanError(null);
    setApplyError(null);
    try {
      setFlow({ step: 'review', body, plan: await plan.mutateAsync({ autoReceptionistId, body }) });
    } catch (err) {
      const conflict = planConflict(err);
      if (!conflict) return setPlanError(err);
      const result: IvrApplyResponse = {
        outcome: 'conflict',
        ops: [],
        mismatches: [],
        diff: conflict.diff,
        ...(conflict.changedBy === undefined ? {} : { changedBy: conflict.changedBy }),
        auditId: null,
        message: conflict.message,
      };
      setFlow({ step: 'outcome', body, result });
    }
  };

  /** Plan the edited menu against the menu it started from. */
  const reviewMenu = (menu: Menu) => review(bodyFor(menu, baseRef.current));

  const applyReviewed = async () => {
    if (flow.step !== 'review') return;
    setApplyError(null);
    const progress = { current: startProgress(flow.plan.ops) };
    setFlow({ ...flow, step: 'applying', progress: progress.current });
    try {
      const id = crypto.randomUUID();
      writeId.current = id;
      const result = await trackWrite(
        { id, subject, href },
        apply.mutateAsync({
          autoReceptionistId,
          body: flow.body,
          onProgress: (event) => {
            progress.current = applyProgressEvent(progress.current, event);
            setFlow((f) => (f.step === 'applying' ? { ...f, progress: progress.current } : f));
          },
        }),
        (r) => ({ outcome: r.outcome, words: r.message ?? outcomeHeadline(r), good: r.outcome === 'applied' || r.outcome === 'no_change' }),
      );
      if (result.outcome === 'applied' && result.version) {
        // Zoom read back exactly this menu: it is the new starting point.
        setBase({ menu: flow.body.menu, version: result.version });
        form.reset(flow.body.menu);
      }
      setFlow({ step: 'outcome', body: flow.body, result });
      if (result.outcome !== 'conflict' && result.outcome !== 'no_change') onWritten();
    } catch (err) {
      if (isOutcomeUnknown(err)) {
        // Something may have been written: never show it as the old review again.
        setFlow({ step: 'unknown', body: flow.body, progress: freezeProgress(progress.current), error: err });
        onWritten();
        return;
      }
      setApplyError(err);
      setFlow({ ...flow, step: 'review' });
    }
  };

  /** After an unknown outcome: read Zoom's menu again and edit on top of it (what landed shows as unchanged). */
  const reloadToSeeZoom = async () => {
    setReloading(true);
    try {
      adopt(await reloadMenu());
      setFlow({ step: 'edit' });
    } catch (err) {
      setPlanError(err);
      setFlow({ step: 'edit' });
    } finally {
      setReloading(false);
    }
  };

  const reloadAndReapply = async () => {
    setReloading(true);
    try {
      const latest = await reloadMenu();
      await review(bodyFor(adopt(latest), latest));
    } catch (err) {
      setPlanError(err);
      setFlow({ step: 'edit' });
    } finally {
      setReloading(false);
    }
  };

  return {
    base,
    flow,
    backToEditing: () => setFlow({ step: 'edit' }),
    reviewMenu,
    applyReviewed,
    reloadAndReapply,
    reloadToSeeZoom,
    planning: plan.isPending,
    planError,
    applyError,
    reloading,
  };
}
