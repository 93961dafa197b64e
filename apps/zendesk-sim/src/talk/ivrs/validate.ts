// An IVR as a write leaves it (decision 013): a name is required when creating
// and never blank; phone_number_ids are Talk numbers of the account, each
// configured with at most one IVR.
import type { IvrRecord } from '../../state/records';
import type { TalkStore } from '../../state/store';
import { Problems, isBlank } from '../body';
import type { Fields } from '../body';

export interface IvrValues {
  name: string;
  phoneNumberIds: number[];
}

export function resolveIvr(store: TalkStore, current: IvrRecord | undefined, fields: Fields): IvrValues {
  const problems = new Problems();
  const name = (fields.name ?? current?.name) as string | undefined;
  if (name === undefined || isBlank(name)) problems.add('name', 'BlankValue', 'name: cannot be blank');
  const ids = (fields.phone_number_ids ?? current?.phoneNumberIds ?? []) as number[];
  for (const id of new Set(ids)) {
    const other = store.ivrOfNumber(id);
    if (!store.phoneNumber(id)) problems.add('phone_number_ids', 'InvalidValue', `phone_number_ids: ${id} is not a Talk phone number of the account`);
    else if (other && other.id !== current?.id) {
      problems.add('phone_number_ids', 'DuplicateValue', `phone_number_ids: ${id} is already configured with the IVR ${other.name}`);
    }
  }
  problems.throwIfAny();
  return { name: name as string, phoneNumberIds: [...new Set(ids)] };
}
