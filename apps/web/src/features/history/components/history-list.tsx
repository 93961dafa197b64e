// The change history: every change with who, when, which object, the outcome,
// the change in words and copyable tracking ids; filtered by object, person
// and outcome (kept in the URL so a filtered view can be shared).
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { auditQuerySchema } from '@switchboard/contract/audit';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { SelectField, TextField } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { OUTCOME_WORDS } from '@/lib/outcome-words';
import { useHistoryPages, type HistoryFilters } from '../api/get-history';
import type { AuditEntry } from '@switchboard/contract/audit';
import { HistoryEntry } from './history-entry';
import './history.css';

interface Props {
  /** The objects one may filter by (auto receptionists), by id. */
  objects: { id: string; name: string }[];
  /** Where an entry's menu is shown. */
  objectHref: (entry: AuditEntry) => string;
  menuName: (entry: AuditEntry) => string;
  /** What the reader may do with an entry (e.g. revert it). */
  renderActions?: (entry: AuditEntry) => ReactNode;
}

const OUTCOMES = ['applied', 'no_change', 'not_persisted', 'unverified', 'partial', 'conflict', 'interrupted'] as const;

export function HistoryList({ objects, objectHref, menuName, renderActions }: Props) {
  const [params, setParams] = useSearchParams();
  // Only filters the API accepts reach it (a hand-edited URL is read, not trusted).
  const parsed = auditQuerySchema.safeParse({
    ...(params.get('object') ? { target: params.get('object') } : {}),
    ...(params.get('person') ? { actor: params.get('person') } : {}),
    ...(params.get('outcome') ? { outcome: params.get('outcome') } : {}),
  });
  const filters: HistoryFilters = parsed.success ? { target: parsed.data.target, actor: parsed.data.actor, outcome: parsed.data.outcome } : {};
  const pages = useHistoryPages(filters);
  const entries = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const people = [...new Set(entries.map((e) => e.actor.email).filter((e): e is string => !!e))].sort();

  const set = (name: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  return (
    <div className="history">
      <div className="history__filters" role="search" aria-label="Filter the history">
        <SelectField label="Object" value={params.get('object') ?? ''} onChange={(e) => set('object', e.target.value)}>
          <option value="">Every auto receptionist</option>
          {objects.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Person (email)"
          type="search"
          list="history-people"
          value={params.get('person') ?? ''}
          onChange={(e) => set('person', e.target.value.trim())}
          maxLength={254}
        />
        <datalist id="history-people">
          {people.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <SelectField label="Outcome" value={params.get('outcome') ?? ''} onChange={(e) => set('outcome', e.target.value)}>
          <option value="">Any outcome</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_WORDS[o].label}
            </option>
          ))}
        </SelectField>
      </div>
      {!parsed.success && <p className="field__error">The filter in the address is not valid and was left out.</p>}

      {pages.isPending ? (
        <div aria-busy="true">
          <span className="visually-hidden" role="status">
            Loading the history…
          </span>
          <Skeleton />
          <Skeleton />
        </div>
      ) : pages.isError ? (
        <ErrorState title="The history could not be loaded" error={pages.error} onRetry={() => void pages.refetch()} retrying={pages.isFetching} />
      ) : entries.length === 0 ? (
        <EmptyState title="No changes match">
          {filters.target || filters.actor || filters.outcome ? 'Clear a filter to see more.' : 'Changes made in Switchboard show here.'}
        </EmptyState>
      ) : (
        <>
          <p className="muted" role="status">
            {entries.length} change{entries.length === 1 ? '' : 's'} shown, newest first.
          </p>
          <ol className="history__entries plain-list">
            {entries.map((e) => (
              <li key={e.id}>
                <HistoryEntry entry={e} objectHref={objectHref(e)} menuName={menuName(e)} actions={renderActions?.(e)} />
              </li>
            ))}
          </ol>
          {pages.hasNextPage && (
            <Button onClick={() => void pages.fetchNextPage()} busy={pages.isFetchingNextPage}>
              Show older changes
            </Button>
          )}
        </>
      )}
    </div>
  );
}
