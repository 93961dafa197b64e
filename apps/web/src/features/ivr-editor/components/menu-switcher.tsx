import { SelectField } from '@/components/ui/field';

export interface MenuOption {
  /** The `menu` query value: business, closed or holiday:<id>. */
  value: string;
  label: string;
  holiday?: boolean;
}

/** Which menu of the auto receptionist is being edited. Switching is guarded by the editor. */
export function MenuSwitcher({
  options,
  value,
  onChange,
}: {
  options: MenuOption[];
  value: string;
  onChange: (value: string) => void;
}) {
  const regular = options.filter((o) => !o.holiday);
  const holidays = options.filter((o) => o.holiday);
  return (
    <SelectField
      label="Menu"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      fieldClassName="menu-switcher"
    >
      {regular.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {holidays.length > 0 && (
        <optgroup label="Holidays">
          {holidays.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </optgroup>
      )}
    </SelectField>
  );
}
