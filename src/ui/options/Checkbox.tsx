import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface CheckboxProps {
  label: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  /** Second line: the checkbox's description, kept out of its accessible name. */
  hint?: ComponentChildren;
  onChange: (checked: boolean) => void;
}

/** A labelled checkbox; the label text alone is its accessible name. */
export function Checkbox({ label, checked, disabled, hint, onChange }: CheckboxProps) {
  const id = useId();
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>
        <label for={id}>{label}</label>
        {hint && (
          <span class="hint block" id={`${id}-hint`}>
            {hint}
          </span>
        )}
      </span>
    </div>
  );
}
