// Edit one IVR menu (business, closed or a holiday) and land it in Zoom:
// keypad + key editor + greeting + no-action → Review (the plan as sentences)
// → Apply (each request's progress) → the verified outcome.
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import { desiredMenuSchema, type Menu } from '@switchboard/routing-core/ivr/menu';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import type { ParsedMenuPart } from '@/lib/menu-part';
import { useDirectorySearch } from '../api/search-directory';
import {
  useMenuWrite,
  type Flow,
  type LoadedMenu,
  type MenuWriteOptions,
} from '../hooks/use-menu-write';
import { DiscardAndLeaveDialog } from '@/components/write/discard-and-leave-dialog';
import { useUnsavedChangesGuard } from '@/hooks/use-unsaved-changes-guard';
import { errorLines, keysWithErrors, type ErrorLine } from '../utils/form-errors';
import { sentCount } from '@/lib/write/apply-progress';
import { outcomeHeadline } from '@/lib/write/outcome-headline';
import { ApplyOutcome } from '@/components/write/apply-outcome';
import { ApplyUnknown } from '@/components/write/apply-unknown';
import { ReviewPanel } from '@/components/write/review-panel';
import { menuChanges } from '../utils/menu-changes';
import { ErrorSummary } from './error-summary';
import { NoActionEditor, PromptEditor } from './greeting-editor';
import { KeyEditor } from './key-editor';
import { Keypad } from './keypad';
import { plural } from '@/lib/plural';
import './ivr-editor.css';

export type { LoadedMenu } from '../hooks/use-menu-write';

export interface IvrEditorProps extends LoadedMenu, Omit<MenuWriteOptions, 'form' | 'loaded'> {
  /** Rendered above the editor (menu switcher). */
  toolbar?: ReactNode;
  /** Rendered next to the outcome's actions (e.g. a link to the menu in words). */
  outcomeExtra?: ReactNode;
  /** This object's change history (a conflict links to the change that caused it). */
  historyHref?: string;
  /** The part to open on (a key clicked in the routing diagram): selected and scrolled into view. */
  initialPart?: ParsedMenuPart | null;
}

export function IvrEditor({
  menu,
  version,
  toolbar,
  outcomeExtra,
  historyHref,
  initialPart = null,
  ...write
}: IvrEditorProps) {
  const form = useForm<Menu>({
    resolver: zodResolver(desiredMenuSchema),
    defaultValues: menu,
    mode: 'onSubmit',
  });
  const values = useWatch({ control: form.control }) as Menu;
  const w = useMenuWrite({ form, loaded: { menu, version }, ...write });
  const [selected, setSelected] = useState<IvrKey>(initialPart && 'key' in initialPart ? initialPart.key : '1');
  const [summary, setSummary] = useState<ErrorLine[] | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const panelId = useId();

  const audioList = useDirectorySearch({ type: 'audioPrompt', q: '' }, true);
  const audio = useMemo(
    () => new Map<string, DirectoryItem>((audioList.data?.items ?? []).map((i) => [i.id, i])),
    [audioList.data],
  );

  // Arriving on a part: its settings come into view (centred: the app's sticky header would hide a
  // part scrolled to the top); on a key, focus rests on that key of the keypad (arrow keys move on
  // from there). Once, when the editor opens — a frame later, after the app shell has put focus at
  // the top of the new page.
  useEffect(() => {
    if (!initialPart) return;
    const frame = requestAnimationFrame(() => {
      if ('key' in initialPart) {
        document.getElementById(panelId)?.scrollIntoView?.({ block: 'center' });
        document.querySelector<HTMLElement>(`.keypad__key[data-key="${CSS.escape(initialPart.key)}"]`)?.focus({ preventScroll: true });
      } else {
        const section = initialPart.part === 'greeting' ? 'prompt' : 'noAction';
        document.querySelector(`[data-section="${section}"]`)?.scrollIntoView?.({ block: 'center' });
      }
    });
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the part the editor was opened on
  }, []);

  const changes = menuChanges(w.base.menu, values);
  const changedKeys = useMemo(() => new Set(changes.keys), [changes.keys.join()]); // eslint-disable-line react-hooks/exhaustive-deps
  const invalidKeys = keysWithErrors(form.formState.errors);
  const applying = w.flow.step === 'applying';
  const blocker = useUnsavedChangesGuard(changes.count > 0 || applying);

  const onReview = form.handleSubmit(
    (edited) => {
      setSummary(null);
      return w.reviewMenu(edited);
    },
    (errors) => setSummary(errorLines(errors)),
  );

  const goToError = (line: ErrorLine) => {
    const focusIn = (container: Element | null) =>
      container?.querySelector<HTMLElement>('select, input')?.focus();
    if (line.at.kind === 'key') {
      setSelected(line.at.key);
      requestAnimationFrame(() => focusIn(document.getElementById(panelId)));
    } else {
      focusIn(document.querySelector(`[data-section="${line.at.kind}"]`));
    }
  };

  return (
    <FormProvider {...form}>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce(w.flow, w.planning)}
      </p>
      {blocker.state === 'blocked' && applying && (
        // Nothing to discard: the change is on its way and the server carries it through.
        <ConfirmDialog
          open
          title="Your change is being applied"
          confirmLabel="Leave — keep applying"
          cancelLabel="Stay and watch"
          onConfirm={() => blocker.proceed?.()}
          onCancel={() => blocker.reset?.()}
        >
          <p>
            Zoom is receiving your change now. Leaving this page does not stop it: Switchboard finishes
            it, reads the menu back, and tells you the outcome wherever you are.
          </p>
        </ConfirmDialog>
      )}
      {blocker.state === 'blocked' && !applying && (
        <DiscardAndLeaveDialog onLeave={() => blocker.proceed?.()} onStay={() => blocker.reset?.()}>
          <p>
            You changed {plural(changes.count, 'part')} of this menu; Zoom does not have these
            changes yet. Leaving now discards them.
          </p>
        </DiscardAndLeaveDialog>
      )}
      {confirmDiscard && (
        <ConfirmDialog
          open
          title="Discard your changes?"
          confirmLabel="Discard changes"
          cancelLabel="Keep editing"
          onConfirm={() => {
            form.reset(w.base.menu);
            setSummary(null);
            setConfirmDiscard(false);
          }}
          onCancel={() => setConfirmDiscard(false)}
        >
          <p>The menu goes back to what Zoom has now.</p>
        </ConfirmDialog>
      )}

      {toolbar && <div className="ivr-editor__toolbar">{toolbar}</div>}

      {w.flow.step === 'edit' ? (
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
                loaded={w.base.menu.keys[selected]}
                changed={changedKeys.has(selected)}
                audio={audio}
                headingId={`${panelId}-key`}
              />
            </div>
          </div>
          <div className="ivr-editor__more">
            <PromptEditor
              audio={audio}
              loadedHasPrompt={Boolean(w.base.menu.prompt.id)}
              promptChanged={changes.prompt}
            />
            <NoActionEditor noActionChanged={changes.noAction} />
          </div>

          {summary && summary.length > 0 && <ErrorSummary lines={summary} onGoTo={goToError} />}
          {w.planError !== null && (
            <ErrorState title="The change could not be planned" error={w.planError} />
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
            <Button type="submit" variant="primary" busy={w.planning}>
              Review changes
            </Button>
          </div>
        </form>
      ) : w.flow.step === 'outcome' ? (
        <ApplyOutcome
          result={w.flow.result}
          reloading={w.reloading}
          onBack={w.backToEditing}
          onReloadAndReapply={() => void w.reloadAndReapply()}
          extra={outcomeExtra}
          titleId="ivr-outcome-title"
          {...(historyHref ? { historyHref } : {})}
        />
      ) : w.flow.step === 'unknown' ? (
        <ApplyUnknown
          progress={w.flow.progress}
          error={w.flow.error}
          reloading={w.reloading}
          onReload={() => void w.reloadToSeeZoom()}
          onBack={w.backToEditing}
        />
      ) : (
        <ReviewPanel
          plan={w.flow.plan}
          applying={w.flow.step === 'applying'}
          progress={w.flow.step === 'applying' ? w.flow.progress : undefined}
          applyError={w.applyError}
          onApply={() => void w.applyReviewed()}
          onBack={w.backToEditing}
          titleId="ivr-review-title"
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
    case 'applying': {
      const { phase, ops } = flow.progress;
      if (phase === 'starting') return `Sending ${plural(ops.length, 'change')} to Zoom…`;
      const sent = `${sentCount(flow.progress)} of ${ops.length} sent.`;
      if (phase === 'verifying') return `${sent} Reading the menu back from Zoom to check what it kept…`;
      return ops.some((o) => o.state === 'failed')
        ? `${sent} Zoom refused one; the rest will not be sent.`
        : sent;
    }
    case 'unknown':
      return 'The outcome is unknown. Reload the menu to see what Zoom has.';
    case 'outcome':
      return `${outcomeHeadline(flow.result)}.`;
  }
}
