// A Contact Center object's change through the one write flow: plan (POST
// …/plan) → review → apply (PUT) → the verified outcome; after a conflict the
// object is read again and the person's form planned over what Zoom has now.
import { useEffect, useRef, useState } from 'react';
import type { WritePlan, WriteResult } from '@switchboard/contract/write';
import { useWriteFlow } from '@/hooks/use-write-flow';
import type { ApplyProgressEvent } from '@/lib/write/send-write';
import type { WriteWords } from '@/lib/write/write-words';

interface Options<L, F, B> {
  loaded: L;
  reload: () => Promise<L>;
  /** The form's current values (after a reload, planned again over the new base). */
  values: () => F;
  body: (loaded: L, form: F) => B;
  plan: (body: B) => Promise<WritePlan>;
  apply: (body: B, onProgress: (e: ApplyProgressEvent) => void) => Promise<WriteResult>;
  onWritten: () => void;
  subject: string;
  href: string;
  words: WriteWords;
  /** The loaded object's version: a newer one (after a write, or a refetch) becomes the base. */
  versionOf: (loaded: L) => string;
  /** Whether the person has edits not yet sent (then the form is left alone; a plan over a stale base answers the conflict). */
  dirty: () => boolean;
  /** Show the newer object in the form. */
  reset: (latest: L) => void;
  /** Zoom kept what was sent: the form's values are no longer edits. */
  markClean: () => void;
}

export function useCcWrite<L, F, B>(o: Options<L, F, B>) {
  const base = useRef(o.loaded);
  const [reloading, setReloading] = useState(false);
  const flow = useWriteFlow<B>({ plan: o.plan, apply: o.apply, subject: o.subject, href: o.href, onWritten: o.onWritten, words: o.words, onApplied: () => o.markClean() });

  // The page refetched (e.g. after this write): the new version is the base, and an untouched form shows it.
  const version = o.versionOf(o.loaded);
  useEffect(() => {
    if (version === o.versionOf(base.current) || o.dirty()) return;
    base.current = o.loaded;
    o.reset(o.loaded);
  }, [version]); // eslint-disable-line react-hooks/exhaustive-deps

  const reloadThen = async (then: (latest: L) => Promise<void> | void) => {
    setReloading(true);
    try {
      const latest = await o.reload();
      base.current = latest;
      await then(latest);
    } catch (err) {
      flow.setPlanError(err);
      flow.backToEditing();
    } finally {
      setReloading(false);
    }
  };

  return {
    ...flow,
    base: base.current,
    reloading,
    reviewForm: (values: F) => flow.review(o.body(base.current, values)),
    reloadAndReapply: () => reloadThen((latest) => flow.review(o.body(latest, o.values()))),
    reloadToSeeZoom: () =>
      reloadThen((latest) => {
        o.reset(latest);
        flow.backToEditing();
      }),
  };
}
