const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every date written as "March 12, 2021" or "12 Mar 2021" in a text, as ISO strings in order of appearance. */
export function findWrittenDates(text: string): string[] {
  const out: string[] = [];
  const re = /\b(?:([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})|(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4}))/g;
  for (const m of text.matchAll(re)) {
    const monthWord = (m[1] ?? m[5] ?? '').toLowerCase();
    const month = MONTHS.findIndex((name) => monthWord.length >= 3 && name.startsWith(monthWord)) + 1;
    const day = Number(m[2] ?? m[4]);
    const date = month > 0 ? iso(Number(m[3] ?? m[6]), month, day) : undefined;
    if (date) out.push(date);
  }
  return out;
}

/** Converts "MM/DD/YYYY" to ISO; undefined when the text is not such a date. */
export function usDateToIso(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? iso(Number(m[3]), Number(m[1]), Number(m[2])) : undefined;
}
