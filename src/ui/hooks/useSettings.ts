// The user's settings with organisation policy applied, live across contexts through storage.onChanged. All
// loading, watching and lock rules are shared/effective-settings.ts, the same module the worker and pages use.
import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  loadEffectiveSettings,
  updateEffectiveSettings,
  watchEffectiveSettings,
  type EffectiveSettings,
} from '../../shared/effective-settings.ts';
import type { Settings } from '../../core/settings/schema.ts';

export interface SettingsState {
  /** Effective settings (policy values win); null while loading. */
  settings: Settings | null;
  /** Fields set or locked by the organisation. */
  locked: ReadonlySet<keyof Settings>;
  /** Applies a change to the stored settings; locked fields keep the user's own stored values. */
  update: (change: (s: Settings) => Settings) => Promise<void>;
}

/** Settings and policy locks for the options page and popup. */
export function useSettings(): SettingsState {
  const [eff, setEff] = useState<EffectiveSettings | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    void loadEffectiveSettings().then((e) => ctl.signal.aborted || setEff(e));
    watchEffectiveSettings(setEff, ctl.signal);
    return () => ctl.abort();
  }, []);
  const update = useCallback(async (change: (s: Settings) => Settings) => {
    setEff(await updateEffectiveSettings(change));
  }, []);
  return { settings: eff?.settings ?? null, locked: new Set(eff?.locked ?? []), update };
}
