// A watchlist file as large as the extension accepts: 20,000 rows (the most names one watchlist may hold) with
// aliases and a long note, quotes in each row, just under 5,000,000 characters. Shared by the import spec and the
// import bench.

const ROWS = 20_000;
const TARGET_CHARS = 4_990_000;

export function bigWatchlistCsv(): string {
  const row = (i: number, note: string) =>
    `"Watchco ${i} ""Holdings"" Ltd",Watchco ${i};WC ${i} Group,"${note.replace(/"/g, '""')}"`;
  const base = 'Supplier under review by the "compliance" team; see the file of the same name.';
  const header = 'name,aliases,note\n';
  const bare = Array.from({ length: ROWS }, (_, i) => row(i, base)).join('\n').length + header.length + 1;
  const pad = ' Checked again.'.repeat(Math.floor((TARGET_CHARS - bare) / ROWS / 15));
  const rows = Array.from({ length: ROWS }, (_, i) => row(i, base + pad));
  return `${header}${rows.join('\n')}\n`;
}

/** The rows of bigWatchlistCsv as a JSON list of {name, aliases, note}, just under 5,000,000 characters too. */
export function bigWatchlistJson(): string {
  const row = (i: number, note: string) => ({
    name: `Watchco ${i} "Holdings" Ltd`,
    aliases: [`Watchco ${i}`, `WC ${i} Group`],
    note,
  });
  const base = 'Supplier under review by the "compliance" team; see the file of the same name.';
  const bare = JSON.stringify(Array.from({ length: ROWS }, (_, i) => row(i, base))).length;
  const pad = ' Checked again.'.repeat(Math.floor((TARGET_CHARS - bare) / ROWS / 15));
  return JSON.stringify(Array.from({ length: ROWS }, (_, i) => row(i, base + pad)));
}
