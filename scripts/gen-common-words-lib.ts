// Shared by the word-list generators: front coding of a sorted word list into source lines.

/** Front coding: per word, one character for the prefix it shares with the previous word ('0' + n), then the rest. */
export function frontCodeWords(sorted: string[]): string[] {
  let prev = '';
  return sorted.map((w) => {
    let n = 0;
    while (n < w.length && n < prev.length && n < 40 && w[n] === prev[n]) n++;
    prev = w;
    return String.fromCharCode(48 + n) + w.slice(n);
  });
}

/** The front-coded words as source lines of 24 words each (the generated lists' chunks). */
export function frontCode(sorted: string[]): string[] {
  const coded = frontCodeWords(sorted);
  const lines: string[] = [];
  for (let i = 0; i < coded.length; i += 24) lines.push(`  '${coded.slice(i, i + 24).join(' ')}',`);
  return lines;
}
