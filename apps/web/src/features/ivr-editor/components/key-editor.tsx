// The editor panel of one key: its action (only the codes the key accepts),
// the destination the action needs and, where it takes one, the voicemail greeting.
import { useFormContext, useWatch } from 'react-hook-form';
import type { DirectoryItem } from '@switchboard/contract/directory';
import { actionSpec, type IvrKey } from '@switchboard/zoom-schema/ivr-actions';
import type { KeyAction, Menu, Target } from '@switchboard/routing-core/ivr/menu';
import { Button } from '@/components/ui/button';
import { keyActionGroups, targetInput } from '../utils/action-options';
import { inlineMessage } from '../utils/form-errors';
import { actionWords, keyWords } from '../utils/key-words';
import { ActionSelect } from './action-select';
import { AudioField } from './audio-field';
import { TargetField } from './target-field';

interface Props {
  keyName: IvrKey;
  /** The key as loaded from Zoom (for "Undo"). */
  loaded: KeyAction;
  changed: boolean;
  audio: ReadonlyMap<string, DirectoryItem>;
  headingId: string;
}

/**
 * The key's fields by name, parents before children: react-hook-form sets a
 * resolver's error only at a name that carries a message itself (these fields
 * are set with setValue, never registered), so validating `keys.7` alone would
 * show nothing.
 */
const keyFields = (key: IvrKey) =>
  (['action', 'target', 'target.phoneNumber', 'target.extensionId', 'voicemailGreetingId'] as const).map(
    (f) => `keys.${key}.${f}` as const,
  );

/** Keep the destination when the new action routes to the same kind of thing. */
export function withAction(prev: KeyAction, code: number): KeyAction {
  const before = targetInput(prev.action);
  const after = targetInput(code);
  const sameKind =
    (before.kind === 'phoneNumber' && after.kind === 'phoneNumber') ||
    ('targetKind' in before && 'targetKind' in after && before.targetKind === after.targetKind);
  const greeting = actionSpec(code)?.voicemailGreeting ?? 'none';
  return {
    action: code,
    target: sameKind ? prev.target : null,
    voicemailGreetingId: greeting === 'none' ? null : (prev.voicemailGreetingId ?? null),
  };
}

export function KeyEditor({ keyName, loaded, changed, audio, headingId }: Props) {
  const { control, setValue, trigger, formState } = useFormContext<Menu>();
  const path = `keys.${keyName}` as const;
  const ka = useWatch({ control, name: path });
  const err = formState.errors.keys?.[keyName];

  const update = (next: KeyAction, validate: boolean) => {
    setValue(path, next, { shouldDirty: true });
    if (validate || formState.isSubmitted || Boolean(err)) void trigger(keyFields(keyName));
  };

  const spec = actionSpec(ka.action);
  const input = targetInput(ka.action);
  const greeting = spec?.voicemailGreeting ?? 'none';
  const targetError = inlineMessage(
    err?.target?.message ?? err?.target?.phoneNumber?.message ?? err?.target?.extensionId?.message,
    keyName,
  );
  const was = keyWords(loaded);

  return (
    <section className="key-editor" aria-labelledby={headingId}>
      <h2 id={headingId} className="key-editor__title">
        Key {keyName}
      </h2>
      {changed && (
        <p className="key-editor__was">
          Was: {was.action}
          {was.target ? ` → ${was.target}` : ''}.{' '}
          <Button size="sm" variant="ghost" onClick={() => update(loaded, true)}>
            Undo change to key {keyName}
          </Button>
        </p>
      )}
      <ActionSelect
        label={`When the caller presses ${keyName}`}
        value={ka.action}
        groups={keyActionGroups(keyName)}
        unknownLabel={actionWords(ka.action)}
        error={inlineMessage(err?.action?.message, keyName)}
        onChange={(code) => update(withAction(ka, code), false)}
      />
      <TargetField
        input={input}
        target={ka.target}
        error={targetError}
        onChange={(target: Target | null) => update({ ...ka, target }, input.kind === 'directory')}
        onBlur={() => void trigger(keyFields(keyName))}
      />
      {greeting !== 'none' && (
        <AudioField
          label={greeting === 'required' ? 'Voicemail greeting' : 'Voicemail greeting (optional)'}
          audioId={ka.voicemailGreetingId}
          audio={audio}
          error={inlineMessage(err?.voicemailGreetingId?.message, keyName)}
          hint={
            greeting === 'optional'
              ? 'Without one, callers hear the voicemail box’s own greeting.'
              : undefined
          }
          onSelect={(item) => update({ ...ka, voicemailGreetingId: item.id }, true)}
          clear={
            greeting === 'optional' && ka.voicemailGreetingId
              ? {
                  label: 'Use the default greeting',
                  onClear: () => update({ ...ka, voicemailGreetingId: null }, true),
                }
              : undefined
          }
        />
      )}
    </section>
  );
}
