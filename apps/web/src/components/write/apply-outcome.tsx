// The verified outcome of a write (a menu, hours, a holiday): what Zoom
// confirms, and — when it did not keep something — exactly what, with the
// tracking ids Zoom support asks for. Never calls an unverified write a success.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ChangedBy, MenuChange, Mismatch } from '@switchboard/contract/ivr';
import type { WriteResult } from '@switchboard/contract/write';
import { describeField } from '@switchboard/routing-core/ivr/describe';
import { outcomeHeadline } from '@/lib/write/outcome-headline';
import { MENU_WORDS, type WriteWords } from '@/lib/write/write-words';
import { Button } from '../ui/button';
import { Table } from '../ui/table';
import { PlanOps } from './plan-ops';
import './apply-outcome.css';


const TONE = {
  applied: 'success',
  no_change: 'info',
  not_persisted: 'danger',
  unverified: 'warning',
  partial: 'danger',
  conflict: 'warning',
} as const;

interface Props {
  result: WriteResult;
  onBack: () => void;
  onReloadAndReapply: () => void;
  reloading: boolean;
  /** e.g. a link to the menu in words. */
  extra?: ReactNode;
  /** This object's change history (linked from a conflict that names who made it). */
  historyHref?: string;
  /** What was written, in words (default: a menu). */
  words?: WriteWords;
  /** The heading's id (default: a generated one). */
  titleId?: string;
  /** "Back to editing" by another name (e.g. "Back to the holidays"). */
  backLabel?: string;
}

export function ApplyOutcome({
  result,
  onBack,
  onReloadAndReapply,
  reloading,
  extra,
  historyHref,
  words = MENU_WORDS,
  titleId,
  backLabel = 'Back to editing',
}: Props) {
  const generated = useId();
  const id = titleId ?? generated;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [result]);
  const tone = TONE[result.outcome];
  const tracking = result.ops.filter((o) => o.trackingId);

  return (
    <section
      className={`outcome outcome--${tone}`}
      aria-labelledby={id}
      data-outcome={result.outcome}
    >
      <h2 id={id} ref={headingRef} tabIndex={-1} className="outcome__title">
        {outcomeHeadline(result, words)}
      </h2>
      {/* A conflict says it all below, once: who, what, and what happens to your changes. */}
      {result.message && result.outcome !== 'conflict' && (
        <p className="outcome__message">{result.message}</p>
      )}

      {result.outcome === 'conflict' && (
        <>
          {result.changedBy !== undefined && (
            <ChangedByLine changedBy={result.changedBy} historyHref={historyHref} provider={words.provider} />
          )}
          <ChangeTable
            changes={result.diff ?? []}
            caption={`What changed in ${words.provider} since you loaded ${words.the}`}
            words={words}
          />
          <p>
            Nothing was written. Your changes are kept: reload what {words.provider} has now, put your changes
            on top of it, and review again.
          </p>
        </>
      )}

      {result.mismatches.length > 0 && <MismatchTable mismatches={result.mismatches} words={words} />}

      {result.outcome === 'not_persisted' && tracking.length > 0 && (
        <div className="outcome__tracking">
          <h3>Tracking ids to quote to {words.provider} support</h3>
          <ul>
            {tracking.map((o, i) => (
              <li key={i}>
                {o.description}: <code>{o.trackingId}</code>
              </li>
            ))}
          </ul>
        </div>
      )}

      {result.outcome === 'partial' ? (
        <PartialOps result={result} provider={words.provider} />
      ) : (
        result.ops.length > 0 && (
          <>
            <h3 className="outcome__subtitle">Requests sent to {words.provider}</h3>
            <PlanOps ops={result.ops} progress="result" label={`Requests sent to ${words.provider}`} provider={words.provider} />
          </>
        )
      )}

      <div className="outcome__actions">
        {result.outcome === 'conflict' && (
          <Button variant="primary" busy={reloading} onClick={onReloadAndReapply}>
            Reload and re-apply my changes
          </Button>
        )}
        <Button variant={result.outcome === 'conflict' ? 'secondary' : 'primary'} onClick={onBack}>
          {backLabel}
        </Button>
        {extra}
      </div>
    </section>
  );
}

function ChangedByLine({ changedBy, historyHref, provider }: { changedBy: ChangedBy; historyHref?: string | undefined; provider: string }) {
  if (changedBy === null) {
    return (
      <p className="outcome__message">
        No change made in Switchboard explains it, so it was changed outside Switchboard (in {provider}’s
        admin portal or another tool).
      </p>
    );
  }
  const when = new Date(changedBy.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <p className="outcome__message" data-testid="conflict-changed-by">
      {changedBy.email ?? 'Someone'} changed it in Switchboard on{' '}
      <time dateTime={changedBy.at}>{when}</time>.
      {historyHref && (
        <>
          {' '}
          <Link to={historyHref}>See that change in the history</Link>
        </>
      )}
    </p>
  );
}

function PartialOps({ result, provider }: { result: WriteResult; provider: string }) {
  const groups = [
    { title: 'Landed', ops: result.ops.filter((o) => o.status === 'applied') },
    { title: 'Failed', ops: result.ops.filter((o) => o.status === 'failed') },
    {
      title: 'Not sent (stopped after the failure)',
      ops: result.ops.filter((o) => o.status === 'skipped'),
    },
  ];
  return (
    <>
      {groups
        .filter((g) => g.ops.length > 0)
        .map((g) => (
          <div key={g.title}>
            <h3 className="outcome__subtitle">{g.title}</h3>
            <PlanOps ops={g.ops} progress="result" label={g.title} provider={provider} />
          </div>
        ))}
    </>
  );
}

function MismatchTable({ mismatches, words }: { mismatches: Mismatch[]; words: WriteWords }) {
  return (
    <div className="outcome__mismatches">
      <h3 className="outcome__subtitle">Not kept by {words.provider}</h3>
      <Table
        caption={`Each change ${words.provider} did not keep: what you asked for and what ${words.provider} returned`}
        className="mismatch-table"
        cards
      >
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{words.part}</th>
            <th scope="col" role="columnheader">You asked for</th>
            <th scope="col" role="columnheader">{words.provider} returned</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {mismatches.map((m) => (
            <tr key={m.field} data-field={m.field} className="mismatch-table__row" role="row">
              <th scope="row" role="rowheader">{describeField(m.field)}</th>
              <td role="cell" data-label="You asked for">{m.expected}</td>
              <td role="cell" data-label={`${words.provider} returned`} className="mismatch-table__actual">{m.actual}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

export function ChangeTable({ changes, caption, words = MENU_WORDS }: { changes: MenuChange[]; caption: string; words?: WriteWords }) {
  if (changes.length === 0) {
    return (
      <p className="muted">
        Switchboard cannot say which parts changed; reload to see what {words.provider} has now.
      </p>
    );
  }
  return (
    <div>
      <h3 className="outcome__subtitle">{caption}</h3>
      <Table caption={caption} cards>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{words.part}</th>
            <th scope="col" role="columnheader">When you loaded it</th>
            <th scope="col" role="columnheader">Now in {words.provider}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {changes.map((c) => (
            <tr key={c.field} data-field={c.field} role="row">
              <th scope="row" role="rowheader">{describeField(c.field)}</th>
              <td role="cell" data-label="When you loaded it">{c.before}</td>
              <td role="cell" data-label={`Now in ${words.provider}`}>{c.after}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
