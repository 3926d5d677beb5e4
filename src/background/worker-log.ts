// The worker's log line and local-time helper (for "retrying at 14:20" in the user's time zone).
export const log = (msg: string): void => console.info(`[sanctions-lens] ${msg}`);

export const tzOffsetMinutes = (ms: number): number => -new Date(ms).getTimezoneOffset();
