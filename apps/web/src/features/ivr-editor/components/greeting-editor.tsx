// The greeting prompt and what happens when the caller presses nothing.
import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { DirectoryItem } from '@switchboard/contract/directory';
import type { Menu, NoAction, Target } from '@switchboard/routing-core/ivr/menu';
import { SelectField } from '@/components/ui/field';
import { noActionGroups, targetInput } from '../utils/action-options';
import { actionWords } from '../utils/key-words';
import { ActionSelect } from './action-select';
import { AudioField } from './audio-field';
import { TargetField } from './target-field';

interface Props {
  audio: ReadonlyMap<string, DirectoryItem>;
  /** Whether the loaded menu had a prompt: Zoom cannot remove one once set. */
  loadedHasPrompt: boolean;
  promptChanged: boolean;
  noActionChanged: boolean;
}

export function PromptEditor({
  audio,
  loadedHasPrompt,
  promptChanged,
}: Omit<Props, 'noActionChanged'>) {
  const { control, setValue, formState } = useFormContext<Menu>();
  const prompt = useWatch({ control, name: 'prompt' });
  const id = useId();
  return (
    <section className="ivr-editor__section" aria-labelledby={`${id}-h`} data-section="prompt">
      <h2 id={`${id}-h`} className="ivr-editor__section-title">
        Greeting {promptChanged && <span className="badge badge--info">Changed</span>}
      </h2>
      <AudioField
        label="Greeting prompt"
        audioId={prompt.id}
        knownName={prompt.name}
        audio={audio}
        error={formState.errors.prompt?.id?.message ?? formState.errors.prompt?.message}
        hint={
          loadedHasPrompt
            ? 'Zoom cannot remove a greeting prompt once one is set; you can choose another.'
            : 'This menu has no greeting prompt yet.'
        }
        onSelect={(item) =>
          setValue(
            'prompt',
            { id: item.id, name: item.name },
            { shouldDirty: true, shouldValidate: true },
          )
        }
        clear={
          !loadedHasPrompt && prompt.id
            ? {
                label: 'Keep no greeting prompt',
                onClear: () =>
                  setValue('prompt', { id: null }, { shouldDirty: true, shouldValidate: true }),
              }
            : undefined
        }
      />
    </section>
  );
}

const REPEAT_WORDS: Record<NoAction['repeat'], string> = { 1: 'Once', 2: 'Twice', 3: '3 times' };

export function NoActionEditor({ noActionChanged }: { noActionChanged: boolean }) {
  const { control, setValue, trigger, formState } = useFormContext<Menu>();
  const na = useWatch({ control, name: 'noAction' });
  const id = useId();
  const errors = formState.errors.noAction;
  const input = targetInput(na.action);
  const update = (next: NoAction, validate: boolean) =>
    setValue('noAction', next, {
      shouldDirty: true,
      shouldValidate: validate || formState.isSubmitted || Boolean(errors),
    });

  return (
    <section className="ivr-editor__section" aria-labelledby={`${id}-h`} data-section="noAction">
      <h2 id={`${id}-h`} className="ivr-editor__section-title">
        When the caller presses nothing{' '}
        {noActionChanged && <span className="badge badge--info">Changed</span>}
      </h2>
      <div className="ivr-editor__row">
        <SelectField
          label="Repeat the greeting"
          value={String(na.repeat)}
          onChange={(e) =>
            update({ ...na, repeat: Number(e.target.value) as NoAction['repeat'] }, false)
          }
        >
          {([1, 2, 3] as const).map((n) => (
            <option key={n} value={String(n)}>
              {REPEAT_WORDS[n]}
            </option>
          ))}
        </SelectField>
        <ActionSelect
          label="Then"
          value={na.action}
          groups={noActionGroups()}
          unknownLabel={actionWords(na.action, { noAction: true })}
          error={errors?.action?.message}
          onChange={(code) => {
            const keep = targetInput(code);
            const same =
              'targetKind' in keep && 'targetKind' in input && keep.targetKind === input.targetKind;
            update({ ...na, action: code, target: same ? na.target : null }, false);
          }}
        />
      </div>
      <TargetField
        input={input}
        target={na.target}
        error={errors?.target?.message}
        onChange={(target: Target | null) => update({ ...na, target }, true)}
        onBlur={() => void trigger('noAction')}
      />
    </section>
  );
}
