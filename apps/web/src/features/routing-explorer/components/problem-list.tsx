// The problems report: a card per problem (its severity, the object, the
// sentence and a link to the page that fixes it), filterable by severity.
// Long lists are drawn a window at a time: PAGE more whenever the end of the
// list scrolls into view, so a large account's report stays responsive.
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { RoutingProblem } from '@switchboard/contract/routing';
import { Badge } from '@/components/ui/badge';
import { PROBLEM_WORDS } from '../utils/problem-words';

export const PAGE = 100;

export function ProblemList({ items }: { items: readonly RoutingProblem[] }) {
  const [shown, setShown] = useState(PAGE);
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => setShown(PAGE), [items]);
  useEffect(() => {
    const el = end.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => Math.min(items.length, n + PAGE));
    });
    io.observe(el);
    return () => io.disconnect();
  }, [items.length]);
  return (
    <>
      <ul className="problem-list plain-list">
        {items.slice(0, shown).map((p, i) => (
          <li key={`${p.kind}:${p.object.id}:${i}`} className={`problem problem--${p.severity}`}>
            <div className="problem__head">
              <Badge tone={p.severity === 'error' ? 'danger' : 'warning'}>{p.severity === 'error' ? 'Loses calls' : 'May lose calls'}</Badge>
              <span className="problem__kind">{PROBLEM_WORDS[p.kind]}</span>
            </div>
            <p className="problem__message">{p.message}</p>
            <Link className="problem__fix" to={p.href}>
              Open {p.object.name}
            </Link>
          </li>
        ))}
      </ul>
      {shown < items.length && (
        <div ref={end} className="problem-list__more">
          <button type="button" className="btn btn--ghost btn--sm" onClick={() => setShown((n) => Math.min(items.length, n + PAGE))}>
            Show more ({items.length - shown} left)
          </button>
        </div>
      )}
    </>
  );
}
