import { useId } from 'preact/hooks';

export interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** Extra line under the label (state, reason it is disabled). */
  hint?: string;
  onChange: (checked: boolean) => void;
}

/** An on/off switch: a native checkbox with role="switch", so Space toggles it and its label is its name. */
export function Switch({ label, checked, disabled, hint, onChange }: SwitchProps) {
  const id = useId();
  return (
    <div class="switch-row">
      <label class="switch" for={id}>
        <span class="switch-text">
          <span class="switch-label">{label}</span>
          {hint && <span class="hint">{hint}</span>}
        </span>
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span class="switch-track" aria-hidden="true" />
      </label>
    </div>
  );
}
