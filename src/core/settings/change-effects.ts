// What the worker must do after the effective settings change. Field names are typed against Settings, so renaming
// a setting without updating this table does not compile.
import type { Settings } from './schema.ts';

export interface ChangeEffects {
  /** Where the list comes from changed: check for an update at once. */
  sourceChanged: boolean;
  /** The update interval changed: re-plan the update alarm. */
  intervalChanged: boolean;
  /** The watchlist addresses changed: fetch new ones, drop removed ones. */
  watchlistsChanged: boolean;
  /** The UI language changed: retitle what the worker shows itself (the context menu). */
  languageChanged: boolean;
}

/** Settings that decide where the list is downloaded from. */
export const SOURCE_FIELDS = ['feedUrl', 'useDirectCsl'] as const satisfies readonly (keyof Settings)[];
export const INTERVAL_FIELDS = ['updateIntervalHours'] as const satisfies readonly (keyof Settings)[];
export const WATCHLIST_FIELDS = ['watchlistUrls'] as const satisfies readonly (keyof Settings)[];
export const LANGUAGE_FIELDS = ['language'] as const satisfies readonly (keyof Settings)[];

const differs = (before: Settings, after: Settings, fields: readonly (keyof Settings)[]): boolean =>
  fields.some((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));

/** The effects of a change of the user's settings from `before` to `after` (both already migrated). */
export function settingsChangeEffects(before: Settings, after: Settings): ChangeEffects {
  return {
    sourceChanged: differs(before, after, SOURCE_FIELDS),
    intervalChanged: differs(before, after, INTERVAL_FIELDS),
    watchlistsChanged: differs(before, after, WATCHLIST_FIELDS),
    languageChanged: differs(before, after, LANGUAGE_FIELDS),
  };
}

/** A policy change may touch any managed field (the old policy is not kept), so it has every effect. */
export const POLICY_CHANGE_EFFECTS: Readonly<ChangeEffects> = {
  sourceChanged: true,
  intervalChanged: true,
  watchlistsChanged: true,
  languageChanged: true,
};
