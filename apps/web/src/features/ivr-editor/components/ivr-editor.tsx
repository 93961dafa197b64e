// Edit one IVR menu (business, closed or a holiday) and land it in Zoom:
// keypad + key editor + greeting + no-action → Review (the plan as sentences)
// → Apply (each request's progress) → the verified outcome.
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { IvrApplyResponse, IvrPlanResponse, IvrWriteBody } from '@switchboard/contract/ivr';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import { desiredMenuSchema, type Hours, type Menu } from '@switchboard/routing-core/ivr/menu';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { useApplyIvr } from '../api/apply-ivr';
import { planConflict, usePlanIvr } from '../api/plan-ivr';
import { useDirectorySearch } from '../api/search-directory';
import { useUnsavedChangesGuard } from '../hooks/use-unsaved-changes-guard';
import { errorLines, keysWithErrors, type ErrorLine } from '../utils/form-errors';
import { menuChanges, rebaseEdits } from '../utils/menu-changes';
import { ApplyOutcome, outcomeHeadline } from './apply-outcome';
import { NoActionEditor, PromptEditor } from './greeting-editor';
import { KeyEditor } from './key-editor';
import { Keypad } from './keypad';
import { ReviewPanel } from './review-panel';
import './ivr-editor.css';

export interface LoadedMenu {
  menu: Menu;
  version: string;
}

export interface IvrEditorProps extends LoadedMenu {
  autoReceptionistId: string;
  scope: { hours: Hours; holidayId?: string | undefined };
  /** The session's CSRF token for the write. */
  csrfToken: string;
  /** Fetch Zoom's current menu again (bypassing the cache). */
  reloadMenu: () => Promise<LoadedMenu>;
  /** Called after a write reached Zoom (refresh cached menus). */
  onWritten: () => void;
  /** Rendered above the editor (menu switcher). */
  toolbar?: ReactNode;
  /** Rendered next to the outcome's actions (e.g. a link to the menu in words). */
  outcomeExtra?: ReactNode;
}

type Flow =
  | { step: 'edit' }
  | { step: 'review' | 'applying'; body: IvrWriteBody; plan: IvrPlanResponse }
  | { step: 'outcome'; body: IvrWriteBody; result: IvrApplyResponse };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function IvrEditor(props: IvrEditorProps) {
  const { autoReceptionistId, scope, csrfToken, reloadMenu, onWritten, toolbar, outcomeExtra } =
    props;
  const [base, setBase] = useState<LoadedMenu>({ menu: props.menu, version: props.version });
  const baseRef = useRef(base);
  baseRef.current = base;
  const form = useForm<Menu>({
    resolver: zodResolver(desiredMenuSchema),
    defaultValues: props.menu,
    mode: 'onSubmit',
  });
  const values = useWatch({ control: form.control }) as Menu;
  const [selected, setSelected] = useState<IvrKey>('1');
  const [flow, setFlow] = useState<Flow>({ step: 'edit' });
  const [planError, setPlanError] = useState<unknown>(null);
  const [applyError, setApplyError] = useState<unknown>(null);
  const [summary, setSummary] = useState<ErrorLine[] | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  // A new summary takes the focus, so keyboard and screen-reader users land on the list of problems.
  useEffect(() => {
    if (summary?.length) summaryRef.current?.focus();
  }, [summary]);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [reloading, setReloading] = useState(false);
  const plan = usePlanIvr();
  const apply = useApplyIvr();
  const panelId = useId();

  const audioList = useDirectorySearch({ type: 'audioPrompt', q: '' }, true);
  const audio = useMemo(
    () => new Map<string, DirectoryItem>((audioList.data?.items ?? []).map((i) => [i.id, i])),
    [audioList.data],
  );

  const changes = menuChanges(base.menu, values);
  const changedKeys = useMemo(() => new Set(changes.keys), [changes.keys.join()]); // eslint-disable-line react-hooks/exhaustive-deps
  const invalidKeys = keysWithErrors(form.formState.errors);
  const blocker = useUnsavedChangesGuard(changes.count > 0);

  /** Adopt a newer menu from Zoom, keeping the person's edits on top of it. */
  const adopt = (latest: LoadedMenu): Menu => {
    const rebased = rebaseEdits(baseRef.current.menu, form.getValues(), latest.menu);
    baseRef.current = latest;
    setBase(latest);
    form.reset(rebased);
    return rebased;
  };

  // A newer version arrived (after a write, or a reload): carry the edits over.
  useEffect(() => {
    if (props.version !== baseRef.current.version)
      adopt({ menu: props.menu, version: props.version });
  }, [props.version]); // eslint-disable-line react-hooks/exhaustive-deps

  const bodyFor = (menu: Menu, loaded: LoadedMenu): IvrWriteBody => ({
    hours: scope.hours,
    ...(scope.holidayId ? { holidayId: scope.holidayId } : {}),
    baseVersion: loaded.version,
    menu,
    baseMenu: loaded.menu,
  });

  const review = async (body: IvrWriteBody) => {
    setPlanError(null);
    setApplyError(null);
    try {
      const planned = await plan.mutateAsync({ autoReceptionistId, body });
      setFlow({ step: 'review', body, plan: planned });
    } catch (err) {
      const conflict = planConflict(err);
      if (conflict) {
        setFlow({
          step: 'outcome',
          body,
          result: {
            outcome: 'conflict',
            ops: [],
            mismatches: [],
            diff: conflict.diff,
            auditId: null,
            message: conflict.message,
          },
        });
      } else setPlanError(err);
    }
  };

  const onReview = form.handleSubmit(
    (menu) => {
      setSummary(null);
      return review(bodyFor(menu, baseRef.current));
    },
    (errors) => setSummary(errorLines(errors)),
  );

  const onApply = async () => {
    if (flow.step !== 'review') return;
    setApplyError(null);
    setFlow({ ...flow, step: 'applying' });
    try {
      const result = await apply.mutateAsync({ autoReceptionistId, body: flow.body, csrfToken });
      if (result.outcome === 'applied' && result.version) {
        // Zoom read back exactly this menu: it is the new starting point.
        baseRef.current = { menu: flow.body.menu, version: result.version };
        setBase(baseRef.current);
        form.reset(flow.body.menu);
      }
      setFlow({ step: 'outcome', body: flow.body, result });
      if (result.outcome !== 'conflict' && result.outcome !== 'no_change') onWritten();
    } catch (err) {
      setApplyError(err);
      setFlow({ ...flow, step: 'review' });
    }
  };

  const reloadAndReapply = async () => {
    setReloading(true);
    try {
      const latest = await reloadMenu();
      const rebased = adopt(latest);
      await review(bodyFor(rebased, latest));
    } catch (err) {
      setPlanError(err);
      setFlow({ step: 'edit' });
    } finally {
      setReloading(false);
    }
  };

  const goToError = (line: ErrorLine) => {
    if (line.at.kind === 'key') {
      setSelected(line.at.key);
      requestAnimationFrame(() =>
        document.getElementById(panelId)?.querySelector<HTMLElement>('select, input')?.focus(),
      );
    } else {
      document
        .querySelector<HTMLElement>(
          `[data-section="${line.at.kind}"] select, [data-section="${line.at.kind}"] input`,
        )
        ?.focus();
    }
  };

  const announcement = announce(flow, plan.isPending);

  return (
    <FormProvider {...form}>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {blocker.state === 'blocked' && (
        <ConfirmDialog
          open
          title="Discard your changes?"
          confirmLabel="Discard changes and leave"
          cancelLabel="Keep editing"
          onConfirm={() => blocker.proceed?.()}
          onCancel={() => blocker.reset?.()}
        >
          <p>
            You changed {plural(changes.count, 'part')} of this menu; Zoom does not have these
            changes yet. Leaving now discards them.
          </p>
        </ConfirmDialog>
      )}
      {confirmDiscard && (
        <ConfirmDialog
          open
          title="Discard your changes?"
          confirmLabel="Discard changes"
          cancelLabel="Keep editing"
          onConfirm={() => {
            form.reset(base.menu);
            setSummary(null);
            setConfirmDiscard(false);
          }}
          onCancel={() => setConfirmDiscard(false)}
        >
          <p>The menu goes back to what Zoom has now.</p>
        </ConfirmDialog>
      )}

      {toolbar && <div className="ivr-editor__toolbar">{toolbar}</div>}

      {flow.step === 'edit' ? (
        <form
          className="ivr-editor"
          noValidate
          onSubmit={(e) => void onReview(e)}
          aria-label="Menu editor"
        >
          <div className="ivr-editor__keys">
            <section className="ivr-editor__section" aria-labelledby={`${panelId}-keys`}>
              <h2 id={`${panelId}-keys`} className="ivr-editor__section-title">
                Keys
              </h2>
              <Keypad
                keys={values.keys}
                selected={selected}
                changed={changedKeys}
                invalid={invalidKeys}
                onSelect={setSelected}
                panelId={panelId}
              />
            </section>
            <div className="ivr-editor__section ivr-editor__panel" id={panelId}>
              <KeyEditor
                key={selected}
                keyName={selected}
                loaded={base.menu.keys[selected]}
                changed={changedKeys.has(selected)}
                audio={audio}
                headingId={`${panelId}-key`}
              />
            </div>
          </div>
          <div className="ivr-editor__more">
            <PromptEditor
              audio={audio}
              loadedHasPrompt={Boolean(base.menu.prompt.id)}
              promptChanged={changes.prompt}
            />
            <NoActionEditor noActionChanged={changes.noAction} />
          </div>

          {summary && summary.length > 0 && (
            <div className="error-summary" role="alert">
              <h2 className="error-summary__title" tabIndex={-1} ref={summaryRef}>
                Fix {plural(summary.length, 'problem')} before reviewing
              </h2>
              <ul>
                {summary.map((line, i) => (
                  <li key={i}>
                    <button
                      type="button"
                      className="error-summary__link"
                      onClick={() => goToError(line)}
                    >
                      {line.message}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {planError !== null && (
            <ErrorState title="The change could not be planned" error={planError} />
          )}

          <div className="ivr-editor__actions">
            <p className="ivr-editor__count" aria-live="polite">
              {changes.count === 0
                ? 'No changes yet'
                : `${plural(changes.count, 'change')}, not yet in Zoom`}
            </p>
            <Button onClick={() => setConfirmDiscard(true)} disabled={changes.count === 0}>
              Discard changes
            </Button>
            <Button type="submit" variant="primary" busy={plan.isPending}>
              Review changes
            </Button>
          </div>
        </form>
      ) : flow.step === 'outcome' ? (
        <ApplyOutcome
          result={flow.result}
          reloading={reloading}
          onBack={() => setFlow({ step: 'edit' })}
          onReloadAndReapply={() => void reloadAndReapply()}
          extra={outcomeExtra}
        />
      ) : (
        <ReviewPanel
          plan={flow.plan}
          applying={flow.step === 'applying'}
          applyError={applyError}
          onApply={() => void onApply()}
          onBack={() => setFlow({ step: 'edit' })}
        />
      )}
    </FormProvider>
  );
}

function announce(flow: Flow, planning: boolean): string {
  switch (flow.step) {
    case 'edit':
      return planning ? 'Planning your changes…' : '';
    case 'review':
      return flow.plan.ops.length === 0
        ? 'Nothing to change.'
        : `Review: ${plural(flow.plan.ops.length, 'change')} to send to Zoom.`;
    case 'applying':
      return `Sending ${plural(flow.plan.ops.length, 'change')} to Zoom and reading the menu back…`;
    case 'outcome':
      return `${outcomeHeadline(flow.result)}.`;
  }
}
