// One item of an asset in the editor: its language (chosen when added), the
// default mark, and for text and text-to-speech its words and — audio — a
// voice that speaks that language. A recording or image shows only its
// language and default mark here.
import { useId } from 'react';
import { voicesFor } from '@switchboard/contract/cc-assets';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { LANGUAGE_CHOICES, languageWords } from '../utils/asset-words';
import type { ItemDraft } from '../utils/asset-form';

interface Props {
  type: string;
  item: ItemDraft;
  /** Languages other items already have (one item per language). */
  taken: string[];
  errors: string[];
  onChange: (next: ItemDraft) => void;
  onRemove: (() => void) | undefined;
}

export function ItemDraftFields({ type, item, taken, errors, onChange, onRemove }: Props) {
  const id = useId();
  const name = item.language ? languageWords(item.language) : 'New item';
  const voices = voicesFor(item.language);
  const tts = type === 'audio' && !item.file;
  return (
    <div className="item-draft" role="group" aria-label={name}>
      <div className="item-draft__head">
        {item.id ? (
          <strong>{name}</strong>
        ) : (
          <SelectField label="Language" value={item.language} onChange={(e) => onChange({ ...item, language: e.target.value, voice: tts ? (voicesFor(e.target.value)[0] ?? '') : item.voice })}>
            <option value="">Choose a language</option>
            {LANGUAGE_CHOICES.filter((l) => !taken.includes(l.value) && (!tts || voicesFor(l.value).length > 0)).map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </SelectField>
        )}
        <label className="item-draft__default">
          <input type="radio" name={`default-${type}`} checked={item.isDefault} onChange={() => onChange({ ...item, isDefault: true })} aria-label={`${name} is the default`} />
          Default
        </label>
        {onRemove && (
          <Button size="sm" variant="ghost" onClick={onRemove} aria-label={`Remove the ${name} item`}>
            Remove
          </Button>
        )}
      </div>
      {item.file ? (
        <p className="muted">{type === 'image' ? 'An image' : 'A recording'}: replace it by uploading a new file below.</p>
      ) : (
        <>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-words`}>
              {tts ? 'Words to speak' : 'Text'}
            </label>
            <textarea id={`${id}-words`} className="input item-draft__words" rows={3} maxLength={5000} value={item.content ?? ''} onChange={(e) => onChange({ ...item, content: e.target.value })} />
          </div>
          {tts && (
            <SelectField label="Voice" value={item.voice ?? ''} onChange={(e) => onChange({ ...item, voice: e.target.value })} disabled={!item.language}>
              <option value="">{item.language ? 'Choose a voice' : 'Choose a language first'}</option>
              {voices.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </SelectField>
          )}
        </>
      )}
      {errors.length > 0 && (
        <ul className="field__error item-draft__errors">
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
