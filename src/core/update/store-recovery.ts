// What the worker does when its database fails: which errors may pass by themselves (retry), which prove the
// database unusable for this build (rebuild, keeping the user's watchlists), and which copy of the list to fall
// back on. Nothing the user made is deleted because of an error that might pass.

/** Waits before each retry of a failed open or read (ms); the first attempt is immediate. */
export const STORE_RETRY_DELAYS_MS: readonly number[] = [50, 250, 1000];

/**
 * `layout`: the database was written by a newer build (VersionError): this build can never open it as it is.
 * `transient`: anything else (UnknownError, AbortError, InvalidStateError, QuotaExceededError, a timeout …): the
 * disk or the browser may recover, so the database is kept and the attempt retried, then reported.
 */
export type StoreErrorKind = 'layout' | 'transient';

export function storeErrorKind(err: unknown): StoreErrorKind {
  return (err as { name?: unknown } | null)?.name === 'VersionError' ? 'layout' : 'transient';
}

/** A copy of the list that can be used when the stored one is damaged. */
export interface ListCopy<T> {
  source: 'copy' | 'snapshot';
  version: number;
  value: T;
}

/** The newest usable copy (the stored copy of the last downloaded list wins a tie: it carries its source). */
export function newestCopy<T>(copies: readonly (ListCopy<T> | null)[]): ListCopy<T> | null {
  let best: ListCopy<T> | null = null;
  for (const c of copies) {
    if (!c) continue;
    if (!best || c.version > best.version || (c.version === best.version && c.source === 'copy')) best = c;
  }
  return best;
}
