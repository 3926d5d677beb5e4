// Why an update failed, as data, and how to say it in plain words for the popup and options page.

export type UpdateFailure =
  | { kind: 'url'; reason: string }
  | { kind: 'http'; status: number; what?: 'feed' | 'signature' | 'watchlist' }
  | { kind: 'network' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'no-signature' }
  | { kind: 'bad-signature' }
  | { kind: 'invalid'; detail: string }
  | { kind: 'not-newer'; current: number; offered: number }
  | { kind: 'future-version'; offered: number; ceiling: number }
  | { kind: 'shrink'; reason: string }
  | { kind: 'disk-full' }
  | { kind: 'storage'; detail: string }
  | { kind: 'interrupted' };

/** Failures worth retrying soon with back-off; the others wait for the regular interval. */
export function isTransient(f: UpdateFailure): boolean {
  if (f.kind === 'http') return f.status >= 500 || f.status === 429 || f.status === 408;
  return f.kind === 'network' || f.kind === 'timeout' || f.kind === 'interrupted' || f.kind === 'storage';
}

function sizeText(bytes: number): string {
  return bytes >= 1_048_576 ? `${Math.round(bytes / 1_048_576)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Plain-words reason, e.g. "signature did not verify", "server answered 503". */
export function describeFailure(f: UpdateFailure): string {
  switch (f.kind) {
    case 'url':
      return f.reason;
    case 'http':
      return f.what === 'signature'
        ? `signature file missing (server answered ${f.status})`
        : `server answered ${f.status}`;
    case 'network':
      return 'could not reach the server';
    case 'timeout':
      return `the server did not finish within ${f.seconds} seconds`;
    case 'too-large':
      return `the download was larger than ${sizeText(f.limitBytes)} and was stopped`;
    case 'no-signature':
      return 'the list is not signed';
    case 'bad-signature':
      return 'signature did not verify';
    case 'invalid':
      return `the list is not valid: ${f.detail}`;
    case 'not-newer':
      return `the offered list (version ${f.offered}) is not newer than the current one (version ${f.current})`;
    case 'future-version':
      return `refused: the offered list claims version ${f.offered}, dated after tomorrow (the highest possible today is ${f.ceiling})`;
    case 'shrink':
      return `refused: ${f.reason}`;
    case 'disk-full':
      return 'not enough disk space to store the new list';
    case 'storage':
      return `the new list could not be stored: ${f.detail}`;
    case 'interrupted':
      return 'the update was interrupted';
  }
}

/** Formats epoch ms as HH:MM in a zone `offsetMinutes` east of UTC (the caller passes the browser's offset). */
export function formatClock(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Status line for a failure, adding "retrying at 14:20" when a retry time is known. */
export function failureStatus(f: UpdateFailure, retryAt: number | null, offsetMinutes: number): string {
  const text = describeFailure(f);
  return retryAt === null ? text : `${text}, retrying at ${formatClock(retryAt, offsetMinutes)}`;
}
