/** Kind of a single edit between two strings that differ by exactly one. */
export type SingleEdit = 'transposed' | 'missing' | 'extra' | 'different';

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up above `max`
 * (returns max + 1) so that scoring a whole list stays fast.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      const isSwap = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (isSwap) v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] as number;
}

/** Describes a one-edit difference from `query` to `name` (call only when the distance is 1). */
export function describeSingleEdit(query: string, name: string): SingleEdit {
  if (query.length < name.length) return 'missing';
  if (query.length > name.length) return 'extra';
  let i = 0;
  while (i < query.length && query[i] === name[i]) i++;
  return query[i] === name[i + 1] && query[i + 1] === name[i] ? 'transposed' : 'different';
}
