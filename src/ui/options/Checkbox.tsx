import type { ComponentChildren } from 'preact';

export interface CheckboxProps {
  label: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  hint?: string;
  onChange: (checked: boolean) => void;
}

/** A labelled checkbox; the whole label is clickable and its text is the accessible name. */
export function Checkbox({ label, checked, disabled, hint, onChange }: CheckboxProps) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>
        {label}
        {hint && <span class="hint block">{hint}</span>}
      </span>
    </label>
  );
}
