// The destination input an action needs: a directory search, a phone number
// (E.164), or — for kinds Switchboard cannot list — a Zoom extension id.
import type { DirectoryItem } from '@switchboard/contract/directory';
import { kindNoun } from '@switchboard/routing-core/ivr/describe';
import type { Target } from '@switchboard/routing-core/ivr/menu';
import { TextField } from '@/components/ui/field';
import type { TargetInput } from '../utils/action-options';
import { DirectoryPicker, itemLabel } from './directory-picker';

interface Props {
  input: TargetInput;
  target: Target | null;
  onChange: (target: Target | null) => void;
  /** Validate after the person leaves a typed field. */
  onBlur?: () => void;
  error?: string | undefined;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function targetFromItem(item: DirectoryItem, kind: Target['type']): Target {
  return {
    ...(item.extensionId ? { extensionId: item.extensionId } : {}),
    name: item.name,
    ...(item.extensionNumber ? { extensionNumber: item.extensionNumber } : {}),
    ...(kind ? { type: kind } : {}),
  };
}

function chosenLabel(target: Target | null): string | null {
  if (!target?.extensionId) return null;
  if (target.name)
    return itemLabel({ name: target.name, extensionNumber: target.extensionNumber ?? null });
  return target.extensionNumber
    ? `ext ${target.extensionNumber}`
    : `Extension id ${target.extensionId}`;
}

export function TargetField({ input, target, onChange, onBlur, error }: Props) {
  if (input.kind === 'none') return null;
  if (input.kind === 'phoneNumber') {
    return (
      <TextField
        label="Phone number"
        type="tel"
        inputMode="tel"
        autoComplete="off"
        hint="International format: a plus, the country code and the number, e.g. +14155550123."
        value={target?.phoneNumber ?? ''}
        error={error}
        onChange={(e) => {
          const v = e.target.value.trim();
          onChange(v ? { phoneNumber: v } : null);
        }}
        onBlur={onBlur}
      />
    );
  }
  if (input.kind === 'extensionId') {
    const noun = kindNoun(input.targetKind);
    return (
      <TextField
        label={`Extension id of the ${noun}`}
        hint={`Switchboard cannot list ${noun}s; copy the extension id from Zoom.`}
        autoComplete="off"
        spellCheck={false}
        value={target?.extensionId ?? ''}
        error={error}
        onChange={(e) => {
          const v = e.target.value.trim();
          onChange(v ? { extensionId: v, type: input.targetKind } : null);
        }}
        onBlur={onBlur}
      />
    );
  }
  return (
    <DirectoryPicker
      key={input.type}
      label={capital(kindNoun(input.targetKind))}
      type={input.type}
      selectedLabel={chosenLabel(target)}
      onSelect={(item) => onChange(targetFromItem(item, input.targetKind))}
      error={error}
    />
  );
}
