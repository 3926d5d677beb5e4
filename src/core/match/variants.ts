import type { Entry, NameType } from '../list/format.ts';
import type { FoldTable } from '../names/fold-table.ts';
import { nameKeys } from '../names/tokenize.ts';
import { isGovernmentBodyWord } from '../names/common-words.ts';
import { equivalentLegalVariants, stripLegalForms } from '../names/legal-forms.ts';
import { stripPlace, swapTradeWord } from '../names/chinese-names.ts';
import { NOT_LISTED_NAMES } from './not-listed.ts';
import {
  CONF_CONFIRMED,
  CONF_LIKELY,
  CONF_POSSIBLE,
  capitalFlag,
  derivedShapeCap,
  isCjkKey,
  isGenericWord,
  isInitialsAndNumber,
  isOrdinaryWord,
  isolationFlag,
  mixedCaseFlag,
  personOrPlaceCap,
  shapeCap,
  upperFlag,
} from './shape-rules.ts';

export { CONF_CONFIRMED, CONF_LIKELY, CONF_POSSIBLE } from './shape-rules.ts';

export * from './flags.ts';
import * as F from './flags.ts';

const { FLAG_BLOCK, FLAG_NOT_ALONE, FLAG_TITLE, FLAG_UPPER } = F;

/** One searchable form of one entry name. */
export interface Pattern {
  keys: string[];
  entry: number;
  /** The entry name text it comes from (Hit.name). */
  name: string;
  conf: number;
  flags: number;
  /** Position in nameForms(name). */
  variant: number;
  /** 0 for companies, organisations, apps and products; 1 for persons, vessels and aircraft (off by default). */
  rank: number;
  /** Derived from a listed name (legal form dropped …): a name listed as such wins a tie ("Alfa-Bank"). */
  isDerived?: boolean;
}

const BASE_CONF: Record<NameType, number> = {
  legal: CONF_CONFIRMED,
  alias: CONF_CONFIRMED,
  former: CONF_CONFIRMED,
  local: CONF_CONFIRMED,
  brand: CONF_LIKELY,
  weak: CONF_POSSIBLE,
};

function swapAnd(keys: readonly string[]): string[] | undefined {
  if (keys.includes('&')) return keys.map((k) => (k === '&' ? 'and' : k));
  if (keys.includes('and')) return keys.map((k) => (k === 'and' ? '&' : k));
  return undefined;
}

function isUsable(keys: readonly string[]): boolean {
  return keys.length > 1 || (keys[0]?.length ?? 0) >= 2;
}

interface NameForm {
  keys: string[];
  isDerived: boolean;
  /** A camel-case brand split into words ("Cam Scanner"): derived, but as specific as the brand. */
  isSplit?: boolean;
}

/**
 * The searchable forms of a name, in a fixed order (a pattern stores its position to be re-derived for
 * verification): the name, its legal-form equivalents, their "&"/"and" swaps, then the core without legal forms.
 */
export function nameForms(keys: string[], text = '', table?: FoldTable): NameForm[] {
  const out: NameForm[] = [];
  for (const k of [keys, ...equivalentLegalVariants(keys)]) {
    out.push({ keys: k, isDerived: false });
    const swapped = swapAnd(k);
    if (swapped) out.push({ keys: swapped, isDerived: false });
  }
  const core = stripLegalForms(keys);
  const derived: string[][] = [];
  if (core.length < keys.length) derived.push(core, ...optional(swapAnd(core)));
  const local = stripPlace(core);
  if (local) derived.push(local, ...optional(swapTradeWord(local)));
  derived.push(...optional(swapTradeWord(core)));
  derived.push(...optional(withoutTechnology(core)));
  if (table && /\(.*\)/.test(text)) {
    // "ComNet (USA) LLC", "Huawei Technologies (UK) Co., Ltd.": the name without its bracketed part.
    const bare = stripLegalForms(nameKeys(text.replace(/\([^)]*\)/g, ' '), table));
    if (bare.length > 0 && bare.join(' ') !== core.join(' ')) derived.push(bare);
  }
  for (const k of derived) out.push({ keys: k, isDerived: true });
  const split = camelCaseVariant(text, keys);
  if (split) out.push({ keys: split, isDerived: true, isSplit: true });
  return out;
}

/** Short words that do not make a name more specific ("Ministry of Defence" is two words that tell). */
const SMALL_WORDS = new Set(['the', 'and', 'for', 'des', 'del', 'los', 'las']);

const TECHNOLOGY_WORDS = new Set(['technology', 'technologies', 'tech']);

/** "ChangXin Memory Technologies" → "ChangXin Memory": news drops a trailing "Technology" (two words must stay). */
function withoutTechnology(core: readonly string[]): string[] | undefined {
  if (core.length < 3 || !TECHNOLOGY_WORDS.has(core[core.length - 1] ?? '')) return undefined;
  return core.slice(0, -1);
}

const optional = <T>(x: T | undefined): T[] => (x === undefined ? [] : [x]);

/** "CamScanner" ↔ "Cam Scanner": a one-word brand written in camel case, split at its inner capitals. */
function camelCaseVariant(text: string, keys: readonly string[]): string[] | undefined {
  if (keys.length !== 1 || !/^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(text.trim())) return undefined;
  return text
    .trim()
    .split(/(?=[A-Z])/)
    .map((w) => w.toLowerCase());
}

/** Token keys of form `variant` of a name (see nameForms), joined by U+0001; '' if out of range. */
export function variantKey(text: string, variant: number, table: FoldTable): string {
  return nameForms(nameKeys(text, table), text, table)[variant]?.keys.join('\u0001') ?? '';
}

/** Every pattern of one entry name (see nameForms), with confidence from the name type and shape. */
interface EntryTraits {
  isApp: boolean;
}

function namePatterns(
  text: string,
  type: NameType,
  entry: number,
  traits: EntryTraits,
  table: FoldTable,
  curated: { isCurated: boolean; isKept: boolean; isFirst?: boolean } = { isCurated: false, isKept: false },
): Pattern[] {
  // isCurated: a brand or local name (chosen by a curator); isKept: one that the compiler kept strong although
  // short or ambiguous (a well-known name), so its shape does not lower it.
  const { isCurated, isKept } = curated;
  const base = BASE_CONF[type];
  const out: Pattern[] = [];
  const capital = capitalFlag(text);
  nameForms(nameKeys(text, table), text, table).forEach((form, variant) => {
    if (!isUsable(form.keys)) return;
    const derivedCap = form.isDerived ? derivedShapeCap(form.keys, text) : CONF_CONFIRMED;
    // A list row's first name is its headline name (Sberbank), not a nickname among aliases.
    const nameType = curated.isFirst === true && type === 'alias' ? 'legal' : type;
    const nameCap = personOrPlaceCap(form.keys, text, isCurated, nameType);
    // A curated name (a brand or local name kept strong by the compiler) is as sure as its type, whatever its shape.
    const isLatinCurated = isKept && !form.isDerived && !form.keys.some(isCjkKey);
    const shape = isLatinCurated ? Math.min(shapeCap(form.keys), base) : shapeCap(form.keys);
    let conf = Math.max(form.isDerived ? Math.max(base, CONF_LIKELY) : base, shape, derivedCap, nameCap);
    const isCjk = isCjkKey(form.keys[0] ?? '');
    let flags =
      upperFlag(text, form.keys) |
      (isCjk ? 0 : capital) |
      isolationFlag(form.keys, text, form.isDerived && !form.isSplit, isCurated) |
      mixedCaseFlag(text, form.keys, !isCurated && (form.isDerived || type === 'alias'));
    // Weak because the letters may mean something else (not because they are an everyday word): a company
    // context or the entry's strong form on the same page shows it.
    let isCorroborable =
      shape !== CONF_POSSIBLE && (derivedCap === CONF_POSSIBLE || nameCap === CONF_POSSIBLE);
    // "Technical Services", "Positive Technologies", "Club Factory": everyday words only. Such names are
    // found only when written as a name (Title Case, not a whole heading line), and at most as likely.
    // Three everyday words that are not weak ("Palestinian Islamic Jihad", "China State Shipbuilding" from its legal
    // name; the compiler types another body's name of everyday words weak) are specific enough; two ("New People")
    // are not.
    const significant = form.keys.filter((k) => k.length > 3 || (k.length === 3 && !SMALL_WORDS.has(k)));
    const isLongOwnName =
      significant.length >= 3 && nameType !== 'weak' && !form.keys.some(isGovernmentBodyWord);
    if (
      !isKept &&
      !isLongOwnName &&
      form.keys.length > 1 &&
      form.keys.length <= 3 &&
      form.keys.every(isGenericWord)
    ) {
      // App-ban lists put one app per line: the heading rule is for companies only.
      flags |= FLAG_TITLE | (traits.isApp ? 0 : FLAG_NOT_ALONE);
      conf = Math.max(conf, traits.isApp ? conf : CONF_LIKELY);
      // Derived ("Do It" from "Do It FZC") or one word and a number ("Set 1", "Unit 110"): weak.
      const words = form.keys.filter((k) => k.length > 1 && !/^\d+$/.test(k)).length;
      // Initials and a number in capitals ("MS-13") are a name, written in capitals in the text too.
      const isCodeName = words === 1 && form.keys.length === 2 && isInitialsAndNumber(text);
      if (isCodeName) flags |= FLAG_UPPER;
      else if ((form.isDerived && !form.isSplit) || words <= 1) conf = CONF_POSSIBLE;
      isCorroborable = false;
      // A company's list name of everyday words ("New People", "Ministry of Defence") is as often another body's:
      // it shows when the page corroborates it. App names and curated names stay as they are.
      // Derived the same way ("Tactical Missiles" from TACTICAL MISSILES CORPORATION JSC): a legal form written after
      // it in the text ("Tactical Missiles Corporation") or company context shows it too.
      if (!traits.isApp && !isCurated && !isCodeName && words > 1) {
        conf = CONF_POSSIBLE;
        isCorroborable = true;
      }
    }
    // Two words derived from a listed name that are both ordinary words, names or places ("Islamic Jihad" from
    // ISLAMIC JIHAD GROUP, "La Hacienda" from LA HACIENDA (USA), LLC): another body is as often meant; shown when the
    // page corroborates it.
    if (
      form.isDerived &&
      !form.isSplit &&
      !isCurated &&
      !isCjk &&
      form.keys.length === 2 &&
      conf !== CONF_POSSIBLE &&
      form.keys.every((k) => k.length <= 2 || isOrdinaryWord(k))
    ) {
      conf = CONF_POSSIBLE;
      isCorroborable = true;
    }
    // Initials only ("B.S.", "I & S"): capitals in the text, and too weak to show on their own.
    if (form.keys.length > 1 && form.keys.every((k) => k.length === 1 && !isCjkKey(k))) {
      flags |= FLAG_UPPER;
      conf = CONF_POSSIBLE;
      isCorroborable = false;
    }
    // A name of several words derived from a listed one is found only when written as a name ("American Protection",
    // not "an extension of American protection to citizens").
    if (form.isDerived && form.keys.length > 1 && !isCjk) flags |= FLAG_TITLE;
    if (isCorroborable) flags |= F.FLAG_CORROB;
    out.push({
      keys: form.keys,
      entry,
      name: text,
      conf,
      flags,
      variant,
      rank: 0,
      isDerived: form.isDerived,
    });
  });
  return out;
}

/**
 * Some list rows pack several names into one field ("CETC 24;Sichuan Solid Circuit Research Institute") or add a
 * clause ("…; and any successor, sub-unit, or subsidiary thereof"): each name is matched on its own.
 */
export function splitNameList(text: string): string[] {
  if (!text.includes(';')) return [text];
  return text
    .split(';')
    .map((p) => p.trim().replace(/^a\.?k\.?a\.?\s+/i, ''))
    .filter((p) => p.length > 0 && !/^and any\b/i.test(p));
}

/** All patterns of all entries plus the built-in unlisted names that block false hits. */
export function collectPatterns(entries: readonly Entry[], table: FoldTable): Pattern[] {
  const out: Pattern[] = [];
  entries.forEach((e, i) => {
    // A name marked weak in one script is weak in the other too (中興 weak = 中兴 weak): same folded key.
    const weak = new Set(
      e.names.filter((n) => n.type === 'weak').map((n) => nameKeys(n.text, table).join(' ')),
    );
    e.names.forEach((n, k) => {
      // An app's or brand's display name is its name: as sure as a legal name.
      const type = k === 0 && n.type === 'brand' ? 'legal' : n.type;
      const traits: EntryTraits = {
        isApp: e.kind === 'app' || e.kind === 'product',
      };
      const rank = e.kind === 'person' || e.kind === 'vessel' || e.kind === 'aircraft' ? 1 : 0;
      for (const part of splitNameList(n.text)) {
        const isCurated = n.type === 'brand' || n.type === 'local';
        const curated = { isCurated, isKept: isCurated && k > 0, isFirst: k === 0 };
        for (const p of namePatterns(part, type, i, traits, table, curated)) {
          if (weak.size > 0 && weak.has(p.keys.join(' '))) {
            p.conf = CONF_POSSIBLE;
            // A weak short name, acronym or two-character form waits for corroboration; everyday words do not.
            if (shapeCap(p.keys) !== CONF_POSSIBLE && (p.flags & FLAG_TITLE) === 0) p.flags |= F.FLAG_CORROB;
          }
          p.rank = rank;
          out.push(p);
        }
      }
    });
  });
  for (const text of NOT_LISTED_NAMES) {
    out.push({
      keys: nameKeys(text, table),
      entry: -1,
      name: text,
      conf: CONF_POSSIBLE,
      flags: FLAG_BLOCK,
      variant: 0,
      rank: 0,
    });
  }
  return out;
}
