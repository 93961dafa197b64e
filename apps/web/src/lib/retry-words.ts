// "Sent 4 times: retried after HTTP 500 three times." — for a request the BFF's
// Zoom client retried (contract opResultSchema.retries), so a retried request is
// never shown as if it went once.

const TIMES = ['', 'once', 'twice', 'three times', 'four times', 'five times'];

function answerWords(answer: number | null): string {
  return answer === null ? 'no answer' : `HTTP ${answer}`;
}

/** null when the request went once. */
export function retryWords(retries: readonly (number | null)[] | undefined): string | null {
  if (!retries || retries.length === 0) return null;
  // Runs of the same answer, in order: [503, 503, null] → "HTTP 503 twice, then no answer".
  const runs: { answer: number | null; n: number }[] = [];
  for (const answer of retries) {
    const last = runs[runs.length - 1];
    if (last && last.answer === answer) last.n++;
    else runs.push({ answer, n: 1 });
  }
  const parts = runs.map(({ answer, n }) =>
    n === 1 && runs.length > 1 ? answerWords(answer) : `${answerWords(answer)} ${TIMES[n] ?? `${n} times`}`,
  );
  return `Sent ${retries.length + 1} times: retried after ${parts.join(', then ')}.`;
}
