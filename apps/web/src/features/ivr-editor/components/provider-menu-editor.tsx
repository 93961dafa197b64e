// Edit one provider-neutral menu (a Zendesk Talk menu today) with the same
// keypad, review and outcome as Zoom's menus: the keys, kinds and targets come
// from the provider's capability table, the problems from the same validation
// the BFF runs; Review plans (nothing written), Apply writes, reads back and
// shows the verified outcome.
import { useId, useMemo, useState, type ReactNode } from 'react';
import type { WritePlan, WriteResult } from '@switchboard/contract/write';
import type { ProviderCapabilities } from '@switchboard/routing-core/menu-model/capabilities';
import type { MenuKey, NeutralMenu, Route } from '@switchboard/routing-core/menu-model/neutral-menu';
import { sameRoute } from '@switchboard/routing-core/menu-model/semantic';
import { neutralMenuIssues, type MenuIssue } from '@switchboard/routing-core/menu-model/validate';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { SelectField } from '@/components/ui/field';
import { ApplyOutcome } from '@/components/write/apply-outcome';
import { ApplyUnknown } from '@/components/write/apply-unknown';
import { ReviewPanel } from '@/components/write/review-panel';
import { useWriteFlow } from '@/hooks/use-write-flow';
import type { ApplyProgressEvent } from '@/lib/write/send-write';
import type { WriteWords } from '@/lib/write/write-words';
import type { Choice, ChoiceNames } from '../utils/route-words';
import { RouteEditor, type RouteChoices } from './route-editor';
import { RouteKeypad } from './route-keypad';
import { plural } from '@/lib/plural';
import './ivr-editor.css';

export interface ProviderMenuWrite {
  baseVersion: string;
  menu: NeutralMenu;
}

export interface ProviderMenuEditorProps {
  capabilities: ProviderCapabilities;
  menu: NeutralMenu;
  version: string;
  choices: RouteChoices & { greetings: readonly Choice[] };
  plan: (body: ProviderMenuWrite) => Promise<WritePlan>;
  apply: (body: ProviderMenuWrite, onProgress: (e: ApplyProgressEvent) => void) => Promise<WriteResult>;
  reload: () => Promise<{ menu: NeutralMenu; version: string }>;
  onWritten: () => void;
  words: WriteWords;
  subject: string;
  href: string;
  historyHref?: string;
  outcomeExtra?: ReactNode;
}

export function ProviderMenuEditor(props: ProviderMenuEditorProps) {
  const { capabilities: cap, choices, words } = props;
  const [base, setBase] = useState({ menu: props.menu, version: props.version });
  const [edited, setEdited] = useState<NeutralMenu>(props.menu);
  const [selected, setSelected] = useState<MenuKey>(cap.keys[0]!);
  const [issues, setIssues] = useState<MenuIssue[] | null>(null);
  const [reloading, setReloading] = useState(false);
  const panelId = useId();
  const flow = useWriteFlow<ProviderMenuWrite>({
    plan: props.plan,
    apply: props.apply,
    subject: props.subject,
    href: props.href,
    onWritten: props.onWritten,
    words,
  });

  const names: ChoiceNames = useMemo(() => {
    const byType = new Map(Object.entries(choices.targets).flatMap(([type, list]) => list.map((c) => [`${type}:${c.id}`, c.name] as const)));
    const menus = new Map(choices.menus.map((m) => [m.id, m.name]));
    return { target: (type, id) => byType.get(`${type}:${id}`), menu: (id) => menus.get(id) };
  }, [choices]);

  const changedKeys = new Set(cap.keys.filter((k) => !sameRoute(base.menu.keys[k], edited.keys[k])));
  const greetingChanged = (base.menu.greeting.id ?? null) !== (edited.greeting.id ?? null);
  const count = changedKeys.size + (greetingChanged ? 1 : 0);
  const problemsAt = (key: MenuKey) => (issues ?? []).filter((i) => i.path[0] === 'keys' && i.path[1] === key).map((i) => i.message);
  const invalidKeys = new Set(cap.keys.filter((k) => problemsAt(k).length > 0));

  const setKey = (key: MenuKey, route: Route | undefined) => {
    setEdited((m) => {
      const keys = { ...m.keys };
      if (route) keys[key] = route;
      else delete keys[key];
      return { ...m, keys };
    });
    if (issues) setIssues(null);
  };

  const review = () => {
    const found = neutralMenuIssues(cap, edited);
    setIssues(found.length ? found : null);
    if (found.length === 0) void flow.review({ baseVersion: base.version, menu: edited });
  };

  const reloadThen = async (then: (latest: { menu: NeutralMenu; version: string }) => void | Promise<void>) => {
    setReloading(true);
    try {
      const latest = await props.reload();
      setBase(latest);
      await then(latest);
    } catch (err) {
      flow.setPlanError(err);
      flow.backToEditing();
    } finally {
      setReloading(false);
    }
  };

  if (flow.flow.step === 'outcome') {
    const applied = flow.flow.result.outcome === 'applied' || flow.flow.result.outcome === 'no_change';
    return (
      <ApplyOutcome
        result={flow.flow.result}
        words={words}
        reloading={reloading}
        onBack={() =>
          void reloadThen((latest) => {
            if (applied) setEdited(latest.menu);
            flow.backToEditing();
          })
        }
        onReloadAndReapply={() => void reloadThen((latest) => flow.review({ baseVersion: latest.version, menu: edited }))}
        extra={props.outcomeExtra}
        titleId="ivr-outcome-title"
        {...(props.historyHref ? { historyHref: props.historyHref } : {})}
      />
    );
  }
  if (flow.flow.step === 'unknown') {
    return (
      <ApplyUnknown
        progress={flow.flow.progress}
        error={flow.flow.error}
        words={words}
        reloading={reloading}
        onReload={() => void reloadThen(() => flow.backToEditing())}
        onBack={flow.backToEditing}
      />
    );
  }
  if (flow.flow.step === 'review' || flow.flow.step === 'applying') {
    return (
      <ReviewPanel
        plan={flow.flow.plan}
        words={words}
        applying={flow.flow.step === 'applying'}
        progress={flow.flow.step === 'applying' ? flow.flow.progress : undefined}
        applyError={flow.applyError}
        onApply={() => void flow.applyReviewed()}
        onBack={flow.backToEditing}
        titleId="ivr-review-title"
      />
    );
  }

  return (
    <form
      className="ivr-editor"
      noValidate
      aria-label="Menu editor"
      onSubmit={(e) => {
        e.preventDefault();
        review();
      }}
    >
      <div className="ivr-editor__keys">
        <section className="ivr-editor__section" aria-labelledby={`${panelId}-keys`}>
          <h2 id={`${panelId}-keys`} className="ivr-editor__section-title">
            Keys
          </h2>
          <RouteKeypad capabilities={cap} keys={edited.keys} selected={selected} changed={changedKeys} invalid={invalidKeys} names={names} onSelect={setSelected} panelId={panelId} />
        </section>
        <div className="ivr-editor__section ivr-editor__panel" id={panelId}>
          <RouteEditor
            key={selected}
            capabilities={cap}
            keyName={selected}
            route={edited.keys[selected]}
            loaded={base.menu.keys[selected]}
            changed={changedKeys.has(selected)}
            choices={{ targets: choices.targets, menus: choices.menus }}
            names={names}
            problems={problemsAt(selected)}
            headingId={`${panelId}-key`}
            onChange={(r) => setKey(selected, r)}
          />
        </div>
      </div>
      <section className="ivr-editor__section" data-section="prompt" aria-labelledby={`${panelId}-greeting`}>
        <h2 id={`${panelId}-greeting`} className="ivr-editor__section-title">
          Greeting {greetingChanged && <span className="badge badge--info">Changed</span>}
        </h2>
        <SelectField
          label="Played when a caller reaches this menu"
          value={edited.greeting.id ?? ''}
          onChange={(e) => setEdited((m) => ({ ...m, greeting: { id: e.target.value || null } }))}
        >
          {cap.greetingRemovable && <option value="">No greeting</option>}
          {choices.greetings.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </SelectField>
      </section>

      {issues && issues.length > 0 && (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">Fix {plural(issues.length, 'problem')} before reviewing</h2>
          <ul>
            {issues.map((i, n) => (
              <li key={n}>{i.message}</li>
            ))}
          </ul>
        </div>
      )}
      {flow.planError !== null && <ErrorState title="The change could not be planned" error={flow.planError} />}

      <div className="ivr-editor__actions">
        <p className="ivr-editor__count" aria-live="polite">
          {count === 0 ? 'No changes yet' : `${plural(count, 'change')}, not yet in ${words.provider}`}
        </p>
        <Button
          onClick={() => {
            setEdited(base.menu);
            setIssues(null);
          }}
          disabled={count === 0}
        >
          Discard changes
        </Button>
        <Button type="submit" variant="primary" busy={flow.planning}>
          Review changes
        </Button>
      </div>
    </form>
  );
}
