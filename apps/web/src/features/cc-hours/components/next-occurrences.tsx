// The next closures of one set over the coming year, recurrences applied, on
// the set's clock (GET /api/cc/occurrences).
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/error-state';
import { useOccurrences } from '../api/get-occurrences';
import { spanWords } from '../utils/closure-words';

const SHOWN = 8;

export function NextOccurrences({ closureSetId, today }: { closureSetId: string; today: string }) {
  const to = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const occ = useOccurrences({ from: today, to, closureSetId });
  if (occ.isPending) return <Skeleton />;
  if (occ.isError) return <ErrorState title="The coming closures could not be worked out" error={occ.error} />;
  const items = occ.data.items.filter((o) => o.closureSetId === closureSetId).slice(0, SHOWN);
  if (items.length === 0) return <p className="muted">No closure in the coming year.</p>;
  return (
    <ul className="plain-list next-occurrences">
      {items.map((o, i) => (
        <li key={`${o.start}-${i}`}>
          <strong>{o.name}</strong> — {spanWords(o)}
        </li>
      ))}
    </ul>
  );
}
