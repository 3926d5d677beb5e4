import { useId } from 'preact/hooks';

export interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** Extra line under the label (state, reason it is disabled); its description, not part of its name. */
  hint?: string;
  onChange: (checked: boolean) => void;
}

/** An on/off switch: a native checkbox with role="switch", so Space toggles it and its label is its exact name. */
export function Switch({ label, checked, disabled, hint, onChange }: SwitchProps) {
  const id = useId();
  return (
    <div class="switch-row">
      <div class="switch">
        <span class="switch-text">
          <label class="switch-label" for={id}>
            {label}
          </label>
          {hint && (
            <span class="hint" id={`${id}-hint`}>
              {hint}
            </span>
          )}
        </span>
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span class="switch-track" aria-hidden="true" />
      </div>
    </div>
  );
}
