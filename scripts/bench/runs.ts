// Repetitions shared by the Node and in-browser measurements, so both report the same statistic.

/** Characters scanned once before timing (the first scan also derives the pattern keys it meets). */
export const WARM_CHARS = 100_000;
/** Timed scans of the whole text; the median is reported. */
export const SCAN_RUNS = 7;
/** Restore samples (median reported), each the mean of a batch: one restore is a few microseconds. */
export const RESTORE_SAMPLES = 20;
export const RESTORE_BATCH = 50;

/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}
