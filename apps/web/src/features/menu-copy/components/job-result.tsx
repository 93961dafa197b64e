import type { ReactNode } from 'react';
import type { JobTargetResult } from '@switchboard/contract/jobs';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/cn';
import { didNotLand, fieldLabel, requestWords, resultWords } from '../utils/outcomes';

/** One auto receptionist's outcome as a card: the verdict, what was sent, and why (its message and what Zoom did not keep). */
export function JobResult({ result, tracking }: { result: JobTargetResult; tracking: ReactNode }) {
  const words = resultWords(result);
  const bad = didNotLand(result);
  return (
    <li
      className={cn('job-result', bad && `job-result--${words.tone === 'danger' ? 'bad' : 'unsure'}`)}
      data-ar-id={result.arId}
      data-outcome={result.outcome}
    >
      <div className="job-result__head">
        <h3 className="job-result__name">{result.name ?? result.arId}</h3>
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
