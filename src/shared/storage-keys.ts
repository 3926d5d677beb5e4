// Every storage key the extension uses, with its area. No string key literals anywhere else.
export const STORAGE_KEYS = {
  /** storage.local: the user's Settings (see core/settings/schema.ts). */
  settings: { area: 'local', key: 'settings' },
  /** storage.local: ListStatus mirror so UI and content can read it without waking the worker. */
  listStatus: { area: 'local', key: 'listStatus' },
  /** storage.local: list version; content scripts watch it to re-scan after an update. */
  listVersion: { area: 'local', key: 'listVersion' },
  /** storage.local: "What changed" of the last 10 list updates (core/update/changes.ts ListChange[]). */
  listChanges: { area: 'local', key: 'listChanges' },
  /** storage.session: worker scratch state (back-off, conditional request validators). */
  updaterState: { area: 'session', key: 'updaterState' },
} as const;

export type StorageKeyName = keyof typeof STORAGE_KEYS;
