// The user's settings with organisation policy applied, live across contexts through storage.onChanged.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../../shared/browser.ts';
import { loadSettings, updateSettings, watchSettings } from '../../shared/settings-store.ts';
import { applyPolicy, parsePolicy, type ManagedPolicy } from '../../core/settings/policy.ts';
import type { Settings } from '../../core/settings/schema.ts';

export interface SettingsState {
  /** Effective settings (policy values win); null while loading. */
  settings: Settings | null;
  /** Fields set or locked by the organisation. */
  locked: ReadonlySet<keyof Settings>;
  /** Applies a change to the stored settings; locked fields keep their policy values. */
  update: (change: (s: Settings) => Settings) => Promise<void>;
}

async function loadPolicy(): Promise<ManagedPolicy> {
  try {
    // storage.managed rejects when no policy schema/values exist on some platforms: treat as no policy.
    return parsePolicy(await browser.storage.managed.get());
  } catch {
    return {};
  }
}

/** Settings and policy locks for the options page and popup. */
export function useSettings(): SettingsState {
  const [user, setUser] = useState<Settings | null>(null);
  const [policy, setPolicy] = useState<ManagedPolicy>({});
  useEffect(() => {
    const ctl = new AbortController();
    void loadSettings().then(setUser);
    void loadPolicy().then(setPolicy);
    watchSettings(setUser, ctl.signal);
    return () => ctl.abort();
  }, []);
  const effective = user ? applyPolicy(user, policy) : null;
  const update = useCallback(
    async (change: (s: Settings) => Settings) => {
      const next = await updateSettings((stored) => {
        const eff = applyPolicy(stored, policy);
        // Locked fields keep the user's own stored value, so lifting the policy later restores it.
        const out: Record<string, unknown> = { ...change(eff.settings) };
        for (const k of eff.locked) out[k] = stored[k];
        return out as unknown as Settings;
      });
      setUser(next);
    },
    [policy],
  );
  return { settings: effective?.settings ?? null, locked: new Set(effective?.locked ?? []), update };
}
