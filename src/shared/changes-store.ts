// "What changed" history in storage.local: written by the worker after each applied update, read by the options page.
import { browser } from './browser.ts';
import { STORAGE_KEYS } from './storage-keys.ts';
import { parseChanges, recordChange, type ListChange } from '../core/update/changes.ts';

const { key, area } = STORAGE_KEYS.listChanges;

export async function loadChanges(): Promise<ListChange[]> {
  const got = await browser.storage.local.get(key);
  return parseChanges(got[key]);
}

/** Adds one update's changes to the stored history (the last 10 are kept). */
export async function addChange(change: ListChange): Promise<void> {
  await browser.storage.local.set({ [key]: recordChange(await loadChanges(), change) });
}

/** Calls `onChange` with the new history whenever it changes. Returns an unsubscribe function. */
export function watchChanges(onChange: (c: ListChange[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, a: string) => {
    if (a === area && key in changes) onChange(parseChanges(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
