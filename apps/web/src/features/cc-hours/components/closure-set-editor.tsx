// A closure set edited and landed in Zoom (admins): name, description, and
// its closures — add, change (when, all day, how it repeats), remove — on the
// set's own clock → Review → Apply → the verified outcome.
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ClosureSetResponse, ClosureSetWriteBody } from '@switchboard/contract/cc-hours';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { TextField } from '@/components/ui/field';
import { errorMessages } from '@/components/schedule/week-strip';
import { CLOSURE_SET_WORDS } from '@/lib/write/write-words';
import { applyClosureSet } from '../api/apply-closure-set';
import { planClosureSet } from '../api/plan-closure-set';
import { useCcWrite } from '../hooks/use-cc-write';
import { changeCount, closureSetBody, closureSetFormSchema, formFromClosureSet, newClosure, type ClosureSetForm } from '../utils/closure-form';
import { ClosureFields } from './closure-fields';
import { WriteSteps } from './write-steps';
import { plural } from '@/lib/plural';
import './cc-hours.css';
import './closure-fields.css';

interface Props {
  data: ClosureSetResponse;
  reload: () => Promise<ClosureSetResponse>;
  onWritten: () => void;
  href: string;
  historyHref: string;
  /** Today on the set's clock ("YYYY-MM-DD"): where a new closure starts. */
  today: string;
}

export function ClosureSetEditor({ data, reload, onWritten, href, historyHref, today }: Props) {
  const form = useForm<ClosureSetForm>({ defaultValues: formFromClosureSet(data), resolver: zodResolver(closureSetFormSchema(data)) });
  const values = useWatch({ control: form.control }) as ClosureSetForm;
  const id = data.closureSet.id;
  const w = useCcWrite<ClosureSetResponse, ClosureSetForm, ClosureSetWriteBody>({
    loaded: data,
    reload,
    values: () => form.getValues(),
    body: closureSetBody,
    plan: (body) => planClosureSet(id, body),
    apply: (body, onProgress) => applyClosureSet(id, body, onProgress),
    onWritten,
    subject: `${data.closureSet.name}, closure set`,
    href,
    versionOf: (l) => l.version,
    dirty: () => form.formState.isDirty,
    markClean: () => form.reset(form.getValues()),
    reset: (latest) => form.reset(formFromClosureSet(latest)),
    words: CLOSURE_SET_WORDS,
  });
  if (w.flow.step !== 'edit') return <WriteSteps w={w} words={CLOSURE_SET_WORDS} historyHref={historyHref} />;

  const closures = values.closures ?? [];
  const setClosures = (next: ClosureSetForm['closures']) => form.setValue('closures', next, { shouldDirty: true });
  const count = changeCount(w.base, values);
  const errors = form.formState.errors;
  return (
    <form className="cc-editor" noValidate aria-label="Closure set editor" onSubmit={(e) => void form.handleSubmit(w.reviewForm)(e)}>
      <div className="cc-editor__names">
        <TextField label="Name" {...form.register('name')} error={errors.name?.message} maxLength={100} />
        <TextField label="Description" {...form.register('description')} error={errors.description?.message} maxLength={256} />
      </div>
      <p className="muted">
        Times are in <strong>{data.closureSet.timezone}</strong>, the closure set’s time zone.
      </p>
      {closures.map((c, i) => (
        <ClosureFields
          key={c.id ?? `new-${i}`}
          value={c}
          errors={errorMessages(errors.closures?.[i])}
          onChange={(next) => setClosures(closures.map((x, j) => (j === i ? next : x)))}
          onRemove={() => setClosures(closures.filter((_, j) => j !== i))}
        />
      ))}
      <Button className="cc-editor__add" onClick={() => setClosures([...closures, newClosure(today)])}>
        Add a closure
      </Button>
      {w.planError !== null && <ErrorState title="The change could not be planned" error={w.planError} />}
      <div className="cc-editor__actions">
        <p className="muted" aria-live="polite">
          {count === 0 ? 'No changes yet' : `${plural(count, 'change')}, not yet in Zoom`}
        </p>
        <Button onClick={() => form.reset(formFromClosureSet(w.base))} disabled={count === 0}>
          Discard changes
        </Button>
        <Button type="submit" variant="primary" busy={w.planning}>
          Review changes
        </Button>
      </div>
    </form>
  );
}
