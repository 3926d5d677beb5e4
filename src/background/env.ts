// Browser-facing inputs of the worker: the bundled snapshot, settings merged with organisation policy.
import { browser } from '../shared/browser.ts';
import { loadSettings } from '../shared/settings-store.ts';
import { applyPolicy, parsePolicy, type EffectiveSettings } from '../core/settings/policy.ts';
import { PINNED_FEED_KEYS } from '../core/feed/pinned-keys.ts';

export const SNAPSHOT_PATH = 'lists/snapshot.json';

/** The signed feed this build names (SANCTIONS_LENS_FEED_URL at build time, see vite.config.ts); '' for none. */
export const BUILD_FEED_URL: string = import.meta.env.VITE_FEED_URL ?? '';

/** The bundled snapshot's bytes, read from the package. */
export async function loadSnapshot(): Promise<Uint8Array> {
  const res = await fetch(browser.runtime.getURL(SNAPSHOT_PATH));
  if (!res.ok) throw new Error(`bundled snapshot missing (${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

/** storage.managed as set by an organisation; empty when there is none (or the browser has no managed storage). */
export async function readPolicy(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}

let cached: Promise<EffectiveSettings> | null = null;

/** The user's settings with policy applied. Cached until settings or policy change. */
export function effectiveSettings(): Promise<EffectiveSettings> {
  cached ??= (async () => applyPolicy(await loadSettings(), parsePolicy(await readPolicy())))();
  cached.catch(() => (cached = null));
  return cached;
}

export function forgetEffectiveSettings(): void {
  cached = null;
}

/** Keys a feed may be signed with: the pinned ones plus the organisation's. */
export function feedKeys(eff: EffectiveSettings): string[] {
  return [...PINNED_FEED_KEYS, ...eff.feedPublicKeys];
}

export const tzOffsetMinutes = (ms: number): number => -new Date(ms).getTimezoneOffset();

export const log = (msg: string): void => console.info(`[sanctions-lens] ${msg}`);
