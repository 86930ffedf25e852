/** A labelled input: the label wraps the control, so it is named without ids. */
import type { ComponentChildren } from 'preact';

/** The input attributes the forms use; kept explicit, as preact's own union of input types does not spread. */
interface InputProps {
  name: string;
  type?: 'text' | 'number' | 'datetime-local' | 'email' | 'password';
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  size?: number;
  inputMode?: 'decimal' | 'numeric' | 'text';
  autoComplete?: string;
  minLength?: number;
  'aria-describedby'?: string;
}

export function Field({
  label,
  value,
  onValue,
  type = 'text',
  ...input
}: InputProps & { label: ComponentChildren; value: string; onValue: (v: string) => void }) {
  return (
    <label>
      {label}
      {/* preact types each input type as its own variant; the union above holds only ones with these attributes */}
      <input type={type as 'text'} {...input} value={value} onInput={(e) => onValue(e.currentTarget.value)} />
    </label>
  );
}

/** A labelled select of string options. */
export function SelectField<T extends string>({
  label,
  name,
  value,
  options,
  onValue,
}: {
  label: ComponentChildren;
  name: string;
  value: T;
  options: readonly { value: T; text: string }[];
  onValue: (v: T) => void;
}) {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => onValue(e.currentTarget.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}
