import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { JobKind } from '@switchboard/contract/jobs';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/cn';
import { typeWords } from '@/lib/extension-words';
import { didNotLand, fieldLabel, requestWords, resultTarget, resultWords, type TargetResult } from '../utils/outcomes';

/** One target's outcome as a card: the verdict, what was sent, and why (its message and what Zoom did not keep). */
export function JobResult({ result, kind, tracking, href }: { result: TargetResult; kind: JobKind; tracking: ReactNode; href?: string | undefined }) {
  const words = resultWords(result, kind);
  const bad = didNotLand(result);
  const id = resultTarget(result);
  const name = result.name ?? id;
  const type = 'type' in result && result.type ? typeWords(result.type) : undefined;
  return (
    <li
      className={cn('job-result', bad && `job-result--${words.tone === 'danger' ? 'bad' : 'unsure'}`)}
      data-target-id={id}
      {...('arId' in result ? { 'data-ar-id': id } : { 'data-extension-id': id })}
      data-outcome={result.outcome}
    >
      <div className="job-result__head">
        <h3 className="job-result__name">{href ? <Link to={href}>{name}</Link> : name}</h3>
        {type && <span className="muted">{type}</span>}
        <Badge tone={words.tone}>{words.label}</Badge>
      </div>
      <p className="job-result__requests">{requestWords(result)}</p>
      {result.message && <p className="job-result__message">{result.message}</p>}
      {result.mismatches.length > 0 && (
        <ul className="job-result__mismatches" aria-label="What Zoom did not keep">
          {result.mismatches.map((m) => (
            <li key={m.field}>
              <strong>{fieldLabel(m.field)}</strong>: expected {m.expected}; Zoom has {m.actual}
            </li>
          ))}
        </ul>
      )}
      {tracking && <div className="job-result__tracking">{tracking}</div>}
    </li>
  );
}
