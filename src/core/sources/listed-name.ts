/** A list's name string split into the entity's own name, a short alias in brackets, and a parent. */
export interface ListedName {
  name: string;
  alias?: string;
  parent?: string;
}

const AFFILIATE = /^(.*?)\.?\s+Affiliated Entit(?:y|ies):\s*(.+)$/i;
const TRAILING_ALIAS = /^(.*\S)\s*\((?:a\.?k\.?a\.?,?\s*)?([^()]{1,40})\)\*?$/i;

/** Splits the trailing short name in brackets off a name: "Huawei Technologies Co., Ltd. (Huawei)". */
export function splitTrailingAlias(text: string): { name: string; alias?: string } {
  const cleaned = text.replace(/\*+$/, '').trim();
  const m = TRAILING_ALIAS.exec(cleaned);
  if (!m || !m[1] || !m[2]) return { name: cleaned };
  return { name: m[1].replace(/[,;]$/, '').trim(), alias: m[2].trim() };
}

/**
 * Reads Entity List style names: "Parent (Short). Affiliated Entity: Child" gives the child with its parent;
 * a trailing "(Short)" becomes an alias.
 */
export function parseListedName(text: string): ListedName {
  const compact = text.replace(/\s+/g, ' ').trim();
  const aff = AFFILIATE.exec(compact);
  if (aff && aff[1] && aff[2]) {
    const child = splitTrailingAlias(aff[2]);
    const parent = splitTrailingAlias(aff[1]).name;
    return child.alias ? { name: child.name, alias: child.alias, parent } : { name: child.name, parent };
  }
  return splitTrailingAlias(compact);
}
