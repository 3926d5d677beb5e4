// When the feed builder retries a failed download of an official file, and how long it waits first.

/** Why one download attempt failed. */
export type FetchFailure =
  | { kind: 'http'; status: number; retryAfterSeconds?: number }
  | { kind: 'network'; detail: string }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'empty' };

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  attempts: number;
  /** Wait before the second attempt; doubles for each further one. */
  baseDelayMs: number;
  /** No wait is longer than this, a server's Retry-After included. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 3, baseDelayMs: 5_000, maxDelayMs: 60_000 };

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/**
 * Failures that may go away on their own: network errors, timeouts, 5xx, 408 and 429. A 404, a file over the size
 * cap or an empty body will be the same on the next try.
 */
export function isRetryable(f: FetchFailure): boolean {
  if (f.kind === 'http') return f.status >= 500 || f.status === 408 || f.status === 429;
  return f.kind === 'network' || f.kind === 'timeout';
}

/**
 * Decides what follows failed attempt number `attempt` (1-based): another try after an exponential delay (or the
 * server's Retry-After, whichever is longer, capped at `maxDelayMs`), or giving up.
 */
export function planRetry(attempt: number, failure: FetchFailure, policy: RetryPolicy): RetryDecision {
  if (!isRetryable(failure) || attempt >= policy.attempts) return { retry: false };
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, attempt - 1);
  const asked = failure.kind === 'http' && failure.retryAfterSeconds ? failure.retryAfterSeconds * 1000 : 0;
  return { retry: true, delayMs: Math.min(Math.max(exponential, asked), policy.maxDelayMs) };
}

/** Plain-words reason for a log line, e.g. "server answered 503". */
export function describeFetchFailure(f: FetchFailure): string {
  switch (f.kind) {
    case 'http':
      return `server answered ${f.status}`;
    case 'network':
      return `could not reach the server (${f.detail})`;
    case 'timeout':
      return `no complete answer within ${f.seconds} s`;
    case 'too-large':
      return `file larger than the ${Math.round(f.limitBytes / 1_048_576)} MB cap`;
    case 'empty':
      return 'the server sent an empty file';
  }
}

/** Reads an HTTP Retry-After header given in seconds; dates and junk give undefined. */
export function parseRetryAfter(header: string | null | undefined): number | undefined {
  if (!header || !/^\d{1,6}$/.test(header.trim())) return undefined;
  return Number(header.trim());
}
