/** A list's name string split into the entity's own name, aliases and former names written inside it, and a parent. */
export interface ListedName {
  name: string;
  aliases: string[];
  formers: string[];
  parent?: string;
}

const AFFILIATE = /^(.*?)\.?\s+Affiliated Entit(?:y|ies):\s*(.+)$/i;
const TRAILING_ALIAS = /^(.*\S)\s*\((?:a\.?k\.?a\.?,?\s*)?([^()]{1,40})\)\*?$/i;
const FORMER = /\s*\(f\.k\.a\.?,?\s*([^()]+)\)/gi;
const AKA = /[;,]?\s+(?:a\.k\.a\.?,?|also known as)\s+/i;

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
  const head = splitTrailingAlias(first);
  const aliases = head.alias ? [head.alias] : [];
  for (const other of others) {
    const part = splitTrailingAlias(other.replace(/[;,]+$/, ''));
    aliases.push(part.name, ...(part.alias ? [part.alias] : []));
  }
  return { name: head.name, aliases: aliases.filter(Boolean), formers };
}

/**
 * Reads list name strings: "Parent (Short). Affiliated Entity: Child" gives the child with its parent; a trailing
 * "(Short)" and any "a.k.a. X" become aliases; "(f.k.a. X)" becomes a former name.
 */
export function parseListedName(text: string): ListedName {
  const compact = text.replace(/\s+/g, ' ').trim();
  const aff = AFFILIATE.exec(compact);
  if (aff && aff[1] && aff[2]) {
    const parent = splitTrailingAlias(aff[1]).name;
    return { ...splitOwn(aff[2]), parent };
  }
  return splitOwn(compact);
}
