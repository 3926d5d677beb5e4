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

/** Lower case, accents and apostrophes dropped, other punctuation as single spaces; "&" written as `ampersand`. */
function foldName(name: string, ampersand: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ampersand)
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function computeKey(name: string): string {
  const base = foldName(name, ' and ');
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

/**
 * Legal forms of the Russian register (and their English renderings), by class: the joint-stock forms are one class
 * because a company keeps its name through OJSC → PJSC re-registration; a limited liability company is another.
 */
const FORM_PHRASES: readonly [string, 'jsc' | 'llc'][] = [
  ['public joint stock company', 'jsc'],
  ['open joint stock company', 'jsc'],
  ['closed joint stock company', 'jsc'],
  ['non public joint stock company', 'jsc'],
  ['joint stock company', 'jsc'],
  ['pjsc', 'jsc'],
  ['ojsc', 'jsc'],
  ['cjsc', 'jsc'],
  ['jsc', 'jsc'],
  ['pao', 'jsc'],
  ['oao', 'jsc'],
  ['zao', 'jsc'],
  ['ao', 'jsc'],
  ['limited liability company', 'llc'],
  ['llc', 'llc'],
  ['ooo', 'llc'],
];

function formAt(text: string, atStart: boolean): { form: string; cls: 'jsc' | 'llc' } | null {
  for (const [form, cls] of FORM_PHRASES) {
    if (atStart ? text.startsWith(`${form} `) : text.endsWith(` ${form}`)) return { form, cls };
  }
  return null;
}

/** The folded name the legal forms are looked for in ("&" is punctuation here, as in the registers' forms). */
function plainText(name: string): string {
  return foldName(name, ' ');
}

/** The class of the legal form a name is written with, at its start or end; null when it has none of these. */
export function legalFormClass(name: string): 'jsc' | 'llc' | null {
  const text = plainText(name);
  return (formAt(text, true) ?? formAt(text, false))?.cls ?? null;
}

/**
 * The join key without a leading or trailing legal form ("Public Joint Stock Company Rosneft Oil Company", "Open
 * Joint-Stock Company Rosneft Oil Company" and "Rosneft Oil Public Joint Stock Company" all give "rosneft oil").
 * Used only to bridge records that name each other (which also checks `legalFormClass`); ids and plain grouping
 * keep `nameKey`.
 */
export function bareNameKey(name: string): string {
  let text = plainText(name);
  const lead = formAt(text, true);
  if (lead) text = text.slice(lead.form.length + 1);
  const trail = formAt(text, false);
  if (trail && (!lead || lead.cls === trail.cls)) text = text.slice(0, -(trail.form.length + 1));
  const bare = nameKey(text);
  return bare.length >= 4 ? bare : nameKey(name);
}
