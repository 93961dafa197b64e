// A write with no review step of its own (a create from a form, a duplicate,
// a delete the person confirmed in a dialog): sent once, its verified outcome
// kept for the page to show, a refusal's sentence kept as the error. Never
// calls an unverified answer a success: `landed` is true only for `applied`.
import { useState } from 'react';
import type { WriteResult } from '@switchboard/contract/write';

export function useDirectWrite<R extends WriteResult = WriteResult>() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<R | null>(null);

  /** Send it; resolves with the outcome (or null when it was refused or failed, see `error`). */
  const run = async (send: () => Promise<R>): Promise<R | null> => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const r = await send();
      setResult(r);
      return r;
    } catch (err) {
      setError(err);
      return null;
    } finally {
      setBusy(false);
    }
  };

  return { run, busy, error, result, reset: () => (setError(null), setResult(null)) };
}

export const landed = (r: WriteResult | null): boolean => r?.outcome === 'applied';
