// The path of a traced call, step by step with the reason for each, ending in
// who rings or what plays.
import type { TraceResponse } from '@switchboard/contract/routing';
import { OUTCOME_WORDS, STEP_WORDS } from '../utils/node-words';

export function TraceResult({ trace }: { trace: TraceResponse }) {
  return (
    <section className="trace-result" aria-labelledby="trace-result-title">
      <h2 id="trace-result-title">Where the call goes</h2>
      <ol className="trace-steps">
        {trace.steps.map((s, i) => (
          <li key={i} className={`trace-step trace-step--${s.kind}`}>
            <span className="trace-step__kind">{STEP_WORDS[s.kind]}</span>
            <span className="trace-step__name">{s.name}</span>
            <p className="trace-step__reason">{s.reason}</p>
          </li>
        ))}
      </ol>
      <div className={`trace-end trace-end--${trace.outcome}`} data-testid="trace-end">
        <p className="trace-end__outcome">
          {OUTCOME_WORDS[trace.outcome]}: <strong>{trace.end.name}</strong>
        </p>
        <p className="trace-end__reason">{trace.end.reason}</p>
      </div>
    </section>
  );
}
