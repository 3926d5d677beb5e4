import type { EntryKind } from '../list/format.ts';

/** A list's name string split into the entity's own name, aliases and former names written inside it, and a parent. */
export interface ListedName {
  name: string;
  aliases: string[];
  formers: string[];
  parent?: string;
  /** Kind stated by a descriptor such as "(Russian entity)" or "(PRC individual)", which is dropped from the name. */
  kind?: EntryKind;
}

const AFFILIATE = /^(.*?)\.?\s+Affiliated Entit(?:y|ies):\s*(.+)$/i;
const TRAILING_ALIAS = /^(.*\S)\s*\((?:a\.?k\.?a\.?,?\s*)?([^()]{1,40})\)\*?$/i;
const FORMER = /\s*\(f\.k\.a\.?,?\s*([^()]+)\)/gi;
const AKA = /[;,]?\s+(?:a\.k\.a\.?,?|also known as)\s+/i;
/** State Department boilerplate after a name: "…; and any successor, sub-unit, or subsidiary thereof". */
const SUCCESSOR_CLAUSE =
  /[;,]?\s+and\s+(?:any\s+successors?,?\s+sub-units?,?\s+or\s+subsidiar(?:y|ies)\s+thereof|its\s+sub-units\s+and\s+successors)\s*$/i;
/** A nationality descriptor: "(Russian entity)", "(PRC individual)", "(Hong Kong Entity)", "(DPRK national)". */
const DESCRIPTOR = /\s*\((?:[\w .'-]{2,30}\s)?(entity|individual|national)\)\s*$/i;
/** Aliases in square brackets: "Universal Enterprise Limited [aka General Technology Limited, aka …]". */
const BRACKET_AKAS = /\s*\[\s*a\.?k\.?a\.?\s+([^\]]+)\]/i;

/** Splits one name field that packs several names ("CETC 24;Sichuan Solid Circuit …", "HPSTAR;") into names. */
export function splitPackedNames(text: string): string[] {
  return text
    .split(';')
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
}

/** Splits the trailing short name in brackets off a name: "Huawei Technologies Co., Ltd. (Huawei)". */
export function splitTrailingAlias(text: string): { name: string; alias?: string } {
  const cleaned = text.replace(/\*+$/, '').trim();
  const m = TRAILING_ALIAS.exec(cleaned);
  if (!m || !m[1] || !m[2]) return { name: cleaned };
  return { name: m[1].replace(/[,;]$/, '').trim(), alias: m[2].trim() };
}

function splitOwn(text: string): { name: string; aliases: string[]; formers: string[] } {
  const formers = [...text.matchAll(FORMER)].map((m) => (m[1] as string).trim());
  const [first = '', ...others] = text.replace(FORMER, '').split(AKA);
  const [own = '', ...packed] = splitPackedNames(first);
  const head = splitTrailingAlias(own);
  const aliases = head.alias ? [head.alias] : [];
  for (const other of [...packed, ...others]) {
    const part = splitTrailingAlias(other.replace(/[;,]+$/, ''));
    aliases.push(part.name, ...(part.alias ? [part.alias] : []));
  }
  return { name: head.name, aliases: aliases.filter(Boolean), formers };
}

/** Removes the successor clause, a nationality descriptor and bracketed a.k.a.s; returns what they said. */
function stripClauses(text: string): { text: string; kind?: EntryKind; akas: string[] } {
  let rest = text.replace(SUCCESSOR_CLAUSE, '').trim();
  const akas: string[] = [];
  const br = BRACKET_AKAS.exec(rest);
  if (br?.[1]) {
    akas.push(...br[1].split(/,?\s+a\.?k\.?a\.?\s+/i).map((a) => a.trim()));
    rest = rest.replace(BRACKET_AKAS, '');
  }
  const d = DESCRIPTOR.exec(rest);
  if (!d?.[1]) return { text: rest, akas };
  const kind: EntryKind = d[1].toLowerCase() === 'entity' ? 'company' : 'person';
  return { text: rest.slice(0, d.index).replace(/[;,]$/, '').trim(), kind, akas };
}

/**
 * Reads list name strings: "Parent (Short). Affiliated Entity: Child" gives the child with its parent; a trailing
 * "(Short)", any "a.k.a. X", "[aka X]" and names packed after ";" become aliases; "(f.k.a. X)" becomes a former
 * name; the "and any successor, sub-unit, or subsidiary thereof" clause and a "(Russian entity)" descriptor are
 * dropped (the descriptor gives the kind).
 */
export function parseListedName(text: string): ListedName {
  const stripped = stripClauses(text.replace(/\s+/g, ' ').trim());
  const compact = stripped.text;
  const extra = {
    ...(stripped.kind ? { kind: stripped.kind } : {}),
  };
  const aff = AFFILIATE.exec(compact);
  if (aff && aff[1] && aff[2]) {
    const parent = splitTrailingAlias(aff[1]).name;
    const own = splitOwn(aff[2]);
    return { ...own, aliases: [...own.aliases, ...stripped.akas], parent, ...extra };
  }
  const own = splitOwn(compact);
  return { ...own, aliases: [...own.aliases, ...stripped.akas], ...extra };
}
