import type { Entry } from './format.ts';
import { nameKey } from './name-key.ts';

/** Parent references of one entry: names to resolve, and ids already known. */
export interface ParentRefs {
  names: string[];
  ids: string[];
}

/** Messages the linking steps add to the compile report. */
interface LinkReport {
  undecided: string[];
  unmatched: string[];
}

function nameOwners(entries: Entry[], types: string[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const n of e.names) {
      if (types.includes(n.type))
        owners.set(nameKey(n.text), (owners.get(nameKey(n.text)) ?? new Set()).add(e.id));
    }
  }
  return owners;
}

/** Links parents by name: a unique legal name first, else a unique brand or alias. */
export function resolveParents(
  entries: Entry[],
  parentNames: Map<string, ParentRefs>,
  report: LinkReport,
): void {
  const known = new Set(entries.map((e) => e.id));
  const legal = nameOwners(entries, ['legal']);
  const other = nameOwners(entries, ['brand', 'alias', 'former']);
  const unique = (m: Map<string, Set<string>>, k: string): string | undefined => {
    const ids = m.get(k);
    return ids && ids.size === 1 ? [...ids][0] : undefined;
  };
  for (const e of entries) {
    const refs = parentNames.get(e.id) ?? { names: [], ids: [] };
    const direct = refs.ids.filter((id) => known.has(id));
    const ids = refs.names.map((name) => {
      const k = nameKey(name);
      const id = unique(legal, k) ?? unique(other, k);
      if (!id) report.unmatched.push(`${e.id}: parent "${name}" is not an entry`);
      return id;
    });
    const all = [...direct, ...ids.filter((id): id is string => id !== undefined)];
    e.parents = [...new Set(all.filter((id) => id !== e.id))].sort();
  }
}

/**
 * Removes from an entry any non-legal name that is the legal name of another entry (a curated alias naming the
 * parent, an OFAC a.k.a. naming a sister company): such a name would badge the wrong entity.
 */
export function dropForeignAliases(entries: Entry[], report: LinkReport): void {
  const owners = nameOwners(entries, ['legal']);
  for (const e of entries) {
    e.names = e.names.filter((n, i) => {
      const others = n.type === 'legal' || i === 0 ? undefined : owners.get(nameKey(n.text));
      if (!others || others.has(e.id)) return true;
      report.undecided.push(
        `${e.id}: alias "${n.text}" is the legal name of ${[...others].join(', ')}; dropped.`,
      );
      return false;
    });
  }
}
