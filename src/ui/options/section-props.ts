import type { Settings } from '../../core/settings/schema.ts';

/** What every options section gets: the effective settings, the policy locks and the way to change them. */
export interface SettingsSectionProps {
  settings: Settings;
  locked: ReadonlySet<keyof Settings>;
  update: (change: (s: Settings) => Settings) => Promise<void>;
}
