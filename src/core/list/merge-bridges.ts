import type { Clusters, RankedRecord } from './merge-clusters.ts';
import { bareNameKey, legalFormClass, nameKey } from './name-key.ts';
import { parseListedName } from '../sources/listed-name.ts';
import type { SourceRecord } from '../sources/types.ts';

/** Further names two records must share, besides the bridging one, when only one names the other. */
const SHARED_NAMES_FOR_ONE_WAY = 2;
/** Shared names that make two records with different legal names worth a line in the report. */
const SHARED_NAMES_TO_REPORT = 3;

function isEntity(rec: SourceRecord): boolean {
  return rec.kind === 'company' || rec.kind === 'organization';
}

function keysOf(texts: string[]): Set<string> {
  const keys = texts.flatMap((t) => [nameKey(t), nameKey(parseListedName(t).name), bareNameKey(t)]);
  return new Set(keys.filter((k) => k.length >= 4));
}

interface Named {
  legal: Set<string>;
  all: Set<string>;
  /** Classes of legal form (joint-stock, limited liability) the record's legal names are written with. */
  forms: Set<string>;
}

function namesOf(rec: SourceRecord): Named {
  const legal = rec.names.filter((n, i) => i === 0 || n.type === 'legal').map((n) => n.text);
  const forms = new Set(legal.map(legalFormClass).filter((c) => c !== null));
  return {
    legal: keysOf(legal),
    all: keysOf(rec.names.filter((n) => n.type !== 'weak').map((n) => n.text)),
    forms,
  };
}

/** A joint-stock company and a limited liability company of one name are two companies ("JSC Vektor", "LLC Vektor"). */
function formsConflict(a: Named, b: Named): boolean {
  return a.forms.size > 0 && b.forms.size > 0 && ![...a.forms].some((c) => b.forms.has(c));
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}

/** Whether `b` lists `a`'s legal name and the two agree enough to be one entity. */
function isBridge(a: Named, b: Named): boolean {
  if (formsConflict(a, b)) return false;
  const oneWay = [...a.legal].some((k) => b.all.has(k));
  if (!oneWay) return false;
  const mutual = [...b.legal].some((k) => a.all.has(k));
  return mutual || shared(a.all, b.all) >= 1 + SHARED_NAMES_FOR_ONE_WAY;
}

/**
 * Joins list records of one entity that the sources wrote under different legal names: record B lists A's legal
 * name among its own names (EL "Rosneft" a.k.a. "Open Joint-Stock Company Rosneft Oil Company" = the SDN's legal
 * name), the countries are compatible, and either A also lists B's legal name or they share two further names.
 * Curated records are left out (a curated alias may name a parent). Returns report lines: each bridge made, and
 * pairs in one country that share many names under different legal names (kept apart: undecidable).
 */
export function bridgeRecords(list: RankedRecord[], clusters: Clusters): string[] {
  const lines: string[] = [];
  const named = list.map((r) => (isEntity(r.record) && !r.record.curated ? namesOf(r.record) : undefined));
  const byName = new Map<string, number[]>();
  named.forEach((n, i) => n?.all.forEach((k) => byName.set(k, [...(byName.get(k) ?? []), i])));
  const seen = new Set<string>();
  named.forEach((a, i) => {
    if (!a) return;
    const candidates = [...new Set([...a.all].flatMap((k) => byName.get(k) ?? []))].sort((x, y) => x - y);
    const bridges = candidates.filter((j) => {
      const b = named[j];
      return b !== undefined && j !== i && (isBridge(a, b) || isBridge(b, a));
    });
    const isLone = a.all.size === a.legal.size && (list[i]?.record.countries.length ?? 0) === 0;
    const lone = isLone ? loneBridges(list, clusters, named, byName, a, i, bridges) : [];
    if (typeof lone === 'string') lines.push(lone);
    else bridges.push(...lone);
    lines.push(...joinBridges(list, clusters, i, bridges));
    for (const j of candidates) {
      const b = named[j];
      const pair = `${Math.min(i, j)}|${Math.max(i, j)}`;
      if (!b || j === i || bridges.includes(j) || seen.has(pair) || !compatible(clusters, i, j)) continue;
      if (shared(a.all, b.all) < SHARED_NAMES_TO_REPORT) continue;
      seen.add(pair);
      lines.push(
        `${label(list, i)} and ${label(list, j)} share ${shared(a.all, b.all)} names but neither lists the ` +
          "other's legal name: kept as separate entries.",
      );
    }
  });
  return lines;
}

/**
 * A record with nothing but its legal name and no country ("PMC Wagner" on the ISN list) cannot corroborate a
 * bridge (with a country it is usually a listed subsidiary that its parent names as an alias): it joins
 * the one entity that lists its name (EL and SDN "Private Military Company 'Wagner'" a.k.a. "PMC Wagner"); when
 * several entities list it, which one it is cannot be decided and a report line is returned instead.
 */
function loneBridges(
  list: RankedRecord[],
  clusters: Clusters,
  named: (Named | undefined)[],
  byName: Map<string, number[]>,
  a: Named,
  i: number,
  bridges: number[],
): number[] | string {
  // Only the full name counts here: "Al-Haramayn Foundation (Tanzania)" must not pass as "Al-Haramayn Foundation".
  const own = nameKey(list[i]?.record.names[0]?.text ?? '');
  const partners = (byName.get(own) ?? []).filter(
    (j) => j !== i && named[j] !== undefined && !bridges.includes(j),
  );
  const open = partners.filter(
    (j) => clusters.uf.find(i) !== clusters.uf.find(j) && compatible(clusters, i, j),
  );
  const roots = new Set(open.map((j) => clusters.uf.find(j)));
  if (roots.size <= 1) return open;
  return `${label(list, i)} lists no other name and is named by ${roots.size} entries: not merged.`;
}

function label(list: RankedRecord[], i: number): string {
  const r = list[i]?.record;
  return `"${r?.names[0]?.text}" (${r?.ref})`;
}

/**
 * Joins record `i` with its bridge partners whose countries are compatible. A record whose cluster states no
 * country and that names entries of several countries (the Al-Aqsa Foundation branches) is left alone: which
 * branch it is cannot be decided.
 */
function joinBridges(list: RankedRecord[], clusters: Clusters, i: number, bridges: number[]): string[] {
  const open = bridges.filter(
    (j) => clusters.uf.find(i) !== clusters.uf.find(j) && compatible(clusters, i, j),
  );
  const roots = new Set(open.map((j) => clusters.uf.find(j)));
  if (clusters.countriesOf(i).size === 0 && roots.size > 1) {
    return [
      `${label(list, i)} states no country and names ${roots.size} entries of different countries: not merged.`,
    ];
  }
  const lines: string[] = [];
  for (const j of open) {
    if (compatible(clusters, i, j) && clusters.join(i, j))
      lines.push(`Merged ${label(list, i)} and ${label(list, j)}: one lists the other's legal name.`);
  }
  return lines;
}

/** Two clusters may merge when their countries overlap or one of them states none. */
function compatible(clusters: Clusters, i: number, j: number): boolean {
  const a = clusters.countriesOf(i);
  const b = clusters.countriesOf(j);
  return a.size === 0 || b.size === 0 || [...a].some((c) => b.has(c));
}
