/**
 * Join keys for names: the compiler merges records whose keys are equal. Keys are deliberately blunt (case,
 * accents, punctuation and trailing legal forms removed) because they only decide merging, never a badge.
 */

const LEGAL_FORMS = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'plc',
  'sa',
  'ag',
  'gmbh',
  'bv',
  'nv',
  'jsc',
  'pjsc',
  'ojsc',
  'cjsc',
  'ooo',
  'oao',
  'zao',
  'ao',
  'pao',
  'pte',
  'pty',
  'sdn',
  'bhd',
  'srl',
  'spa',
  'lp',
  'llp',
  'the',
]);

/** Keys already computed: a compile asks for the same names many times (grouping, ids, parents). */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_MAX = 400_000;

/** Lower-case, accent-free, punctuation-free form of a name with its trailing legal forms removed. */
export function nameKey(name: string): string {
  const hit = KEY_CACHE.get(name);
  if (hit !== undefined) return hit;
  const key = computeKey(name);
  if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
  KEY_CACHE.set(name, key);
  return key;
}

function computeKey(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = base.split(' ').filter((w) => w.length > 0);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] ?? '')) words.pop();
  while (words.length > 1 && words[0] === 'the') words.shift();
  return words.join(' ');
}

/** URL-safe slug of a name key, used for entry ids (`huawei-technologies`). Non-Latin text is kept as is. */
export function slugify(name: string): string {
  const slug = nameKey(name).replace(/ /g, '-');
  return slug.length > 80 ? slug.slice(0, 80).replace(/-+$/, '') : slug;
}

/** Leading legal forms as Russian and other registers write them in front of the name. */
const LEADING_FORMS =
  /^(?:(?:public|open|closed|non public)? ?joint stock company|limited liability company|pjsc|ojsc|cjsc|jsc|pao|oao|zao|ao|ooo|llc) (?=\S)/;

/**
 * The join key without a leading legal form ("Public Joint Stock Company Rosneft Oil Company" and "Open
 * Joint-Stock Company Rosneft Oil Company" both give "rosneft oil"). Used only to bridge records that name each
 * other; ids and plain grouping keep `nameKey`.
 */
export function bareNameKey(name: string): string {
  const key = nameKey(name);
  const bare = key.replace(LEADING_FORMS, '');
  return bare.length >= 4 ? bare : key;
}
