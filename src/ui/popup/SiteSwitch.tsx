import { useStrings } from '../hooks/useStrings.ts';
import { Switch } from '../components/Switch.tsx';

export interface SiteSwitchProps {
  isOn: boolean;
  disabled: boolean;
  hint?: string;
  onChange: (on: boolean) => void;
}

/** "Alerts on this site". */
export function SiteSwitch({ isOn, disabled, hint, onChange }: SiteSwitchProps) {
  const t = useStrings();
  return (
    <Switch
      label={t('alertsOnThisSite')}
      checked={isOn}
      disabled={disabled}
      hint={hint}
      onChange={onChange}
    />
  );
}
