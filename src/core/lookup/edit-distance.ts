/** Kind of a single edit between two strings that differ by exactly one. */
export type SingleEdit = 'transposed' | 'missing' | 'extra' | 'different';

// Rows and a letter histogram reused by every call: lookup compares a query with tens of thousands of names.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
const histogram = new Int32Array(64);

/**
 * A lower bound of the distance from letter counts (letters grouped by code unit mod 64): an edit changes the
 * surplus on either side by at most one. Rejects most unrelated names before the alignment.
 */
function countBound(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) (histogram[a.charCodeAt(i) & 63] as number)++;
  for (let i = 0; i < b.length; i++) (histogram[b.charCodeAt(i) & 63] as number)--;
  let surplus = 0;
  let deficit = 0;
  for (let k = 0; k < 64; k++) {
    const v = histogram[k] as number;
    if (v > 0) surplus += v;
    else deficit -= v;
    histogram[k] = 0;
  }
  return Math.max(surplus, deficit);
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up above `max`
 * (returns max + 1) so that scoring a whole list stays fast. Only cells within `max` of the diagonal are
 * computed: any other cell is above `max` already.
 */
export function editDistance(a: string, b: string, max: number): number {
  const far = max + 1;
  if (Math.abs(a.length - b.length) > max || countBound(a, b) > max) return far;
  const n = b.length;
  if ((rows[0] as Int32Array).length < n + 2) rows = rows.map(() => new Int32Array(2 * n + 2));
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = Math.min(j, far);
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    cur[0] = Math.min(i, far);
    cur[lo - 1] = lo === 1 ? cur[0] : far;
    let rowMin = lo === 1 ? (cur[0] as number) : far;
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      const isSwap = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (isSwap) v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = Math.min(v, far);
      if (v < rowMin) rowMin = v;
    }
    if (hi < n) cur[hi + 1] = far;
    if (rowMin > max) return far;
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
