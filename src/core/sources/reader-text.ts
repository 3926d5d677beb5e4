// The curated file's free text was written for its maintainers as much as for readers: it points at data files
// ("machine-readable copy: shared/data/…/table.csv", "per cons_prim.csv"), commits and other parties' ids. Readers
// get the sentence without those pointers, and another party by its name.

const FILE = String.raw`[\w./-]+\.(?:csv|tsv|json|xml|md|txt)\b`;
const MACHINE_COPY = new RegExp(
  String.raw`[;,.]?\s*machine-readable(?: copy)?:\s*${FILE}(?:\s*\([^)]*\))?\.?`,
  'gi',
);
const PER_FILE = new RegExp(String.raw`,?\s*\b(?:per|in|see)\s+${FILE}`, 'gi');
const COMMIT = /\bcommit [0-9a-f]{7,40},?\s*/gi;
const SLUG = /(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w-])/g;

/**
 * A curated note or status detail as a reader should see it: data-file pointers and commit hashes removed, party
 * ids replaced by the party's name (`names`: id → display name), spacing tidied and a closing full stop kept.
 */
export function readerText(text: string, names: ReadonlyMap<string, string>): string {
  const hadStop = /[.!?]\s*$/.test(text);
  let out = text
    .replace(MACHINE_COPY, '.')
    .replace(PER_FILE, '')
    .replace(COMMIT, '')
    .replace(SLUG, (id) => names.get(id) ?? id)
    .replace(/\(\s*\)/g, '')
    .replace(/\s+([,.;)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/([.;,])\1+/g, '$1')
    .replace(/;\s*\./g, '.')
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (hadStop && !/[.!?]$/.test(out)) out += '.';
  return out;
}
