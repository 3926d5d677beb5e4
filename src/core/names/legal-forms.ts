// Legal forms, written folded (lower case, simplified Chinese). Sources: common company-name suffixes in the
// US, EU, UN and Chinese registers; Chinese forms per the PRC Company Law naming practice.
const LATIN_SUFFIXES = [
  'co',
  'company',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'llc',
  'l l c',
  'plc',
  'lp',
  'llp',
  'pte',
  'pty',
  'pvt',
  'private',
  'public',
  'sdn bhd',
  'bhd',
  'group',
  'holdings',
  'holding',
  'jsc',
  'ojsc',
  'pjsc',
  'cjsc',
  'joint stock company',
  'open joint stock company',
  'public joint stock company',
  'closed joint stock company',
  'limited liability company',
  'limited liability partnership',
  'ooo',
  'oao',
  'zao',
  'pao',
  'ao',
  'gmbh',
  'ag',
  'kg',
  'sa',
  's a',
  'sarl',
  'sas',
  'spa',
  's p a',
  'srl',
  'bv',
  'b v',
  'nv',
  'n v',
  'ab',
  'oy',
  'kk',
  'kabushiki kaisha',
  'fze',
  'fzco',
  'fzc',
  'fz llc',
  'tov',
  'too',
  'as',
  'a s',
  'sro',
  's r o',
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'тов',
];
const CJK_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团股份有限公司',
  '集团有限公司',
  '集团有限责任公司',
  '集团公司',
  '集团',
  '控股有限公司',
  '控股',
  '股份公司',
  '总公司',
  '公司',
  '株式会社',
];
// Forms that open a name (Russian/CIS practice: ООО «Name»).
const PREFIXES = [
  // Spelled out before the name, as OFAC writes Russian companies ("PUBLIC JOINT STOCK COMPANY ALROSA").
  'public joint stock company',
  'open joint stock company',
  'closed joint stock company',
  'joint stock company',
  'limited liability company',
  'publichnoe aktsionernoe obshchestvo',
  'aktsionernoe obshchestvo',
  'obshchestvo s ogranichennoi otvetstvennostyu',
  'ooo',
  'oao',
  'zao',
  'pao',
  'ao',
  'jsc',
  'ojsc',
  'pjsc',
  'cjsc',
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'the',
];

/** Groups of legal forms that say the same thing; a listed name with one also matches the others. */
const EQUIVALENT_FORMS = [
  ['co ltd', 'company limited', 'co limited', 'company ltd'],
  ['corp', 'corporation'],
  ['inc', 'incorporated'],
  ['co', 'company'],
  ['ltd', 'limited'],
  ['llc', 'limited liability company'],
  ['jsc', 'joint stock company'],
  ['ojsc', 'open joint stock company'],
  ['pjsc', 'public joint stock company'],
  ['cjsc', 'closed joint stock company'],
  ['plc', 'public limited company'],
  ['有限公司', '有限责任公司'],
];

function toKeys(form: string): string[] {
  return /^[\u3000-\u9fff]+$/.test(form) ? [...form] : form.split(' ');
}

/** Legal-form suffixes as token-key sequences, longest first. */
export const LEGAL_SUFFIXES: readonly (readonly string[])[] = [...LATIN_SUFFIXES, ...CJK_SUFFIXES]
  .map(toKeys)
  .sort((a, b) => b.length - a.length);
const PREFIX_KEYS = PREFIXES.map(toKeys);
const PREFIX_FIRST = new Set(PREFIX_KEYS.map((p) => p[0]));
const EQUIVALENTS = EQUIVALENT_FORMS.map((g) => g.map(toKeys));

// Suffixes by their last word, so that a name without a legal form costs one lookup.
const SUFFIXES_BY_LAST = new Map<string, (readonly string[])[]>();
for (const sfx of LEGAL_SUFFIXES) {
  const last = sfx[sfx.length - 1] ?? '';
  SUFFIXES_BY_LAST.set(last, [...(SUFFIXES_BY_LAST.get(last) ?? []), sfx]);
}

function endsWith(keys: readonly string[], suffix: readonly string[], end: number): boolean {
  if (suffix.length > end) return false;
  for (let i = 0; i < suffix.length; i++) if (keys[end - suffix.length + i] !== suffix[i]) return false;
  return true;
}

/** Length of the legal-form suffix ending at `end` (0 if none). */
export function legalSuffixLength(keys: readonly string[], end = keys.length): number {
  const candidates = SUFFIXES_BY_LAST.get(keys[end - 1] ?? '');
  if (!candidates) return 0;
  for (const s of candidates) if (endsWith(keys, s, end)) return s.length;
  return 0;
}

/** Removes leading and trailing legal forms (repeatedly), keeping at least one word or two CJK characters. */
export function stripLegalForms(keys: readonly string[]): string[] {
  let start = 0;
  let end = keys.length;
  if (PREFIX_FIRST.has(keys[0] ?? ''))
    for (const p of PREFIX_KEYS) {
      if (end - start > p.length && p.every((k, i) => keys[start + i] === k)) start += p.length;
    }
  for (;;) {
    const n = legalSuffixLength(keys, end);
    const rest = end - n - start;
    const isCjkRest =
      rest > 0 && (keys[start]?.length ?? 0) === 1 && /[\u3000-\u9fff]/.test(keys[start] ?? '');
    if (n === 0 || rest < (isCjkRest ? 2 : 1)) break;
    end -= n;
  }
  return keys.slice(start, end);
}

/** The name with its final legal form swapped for each equivalent one ("Co., Ltd." → "Company Limited" …). */
export function equivalentLegalVariants(keys: readonly string[]): string[][] {
  const out: string[][] = [];
  if (!SUFFIXES_BY_LAST.has(keys[keys.length - 1] ?? '')) return out;
  for (const group of EQUIVALENTS) {
    const hit = group.find((form) => endsWith(keys, form, keys.length) && keys.length > form.length);
    if (!hit) continue;
    const stem = keys.slice(0, keys.length - hit.length);
    for (const form of group) if (form !== hit) out.push([...stem, ...form]);
    break;
  }
  return out;
}
