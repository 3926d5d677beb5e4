import type { ListDefinition } from './format.ts';
import { APP_BAN_LISTS } from './registry-apps.ts';
import { EUROPE_LISTS } from './registry-europe.ts';
import { PROCUREMENT_LISTS } from './registry-procurement.ts';
import { SCREENING_LISTS } from './registry-export.ts';
import { listTextsZh } from './registry-zh.ts';

/** Every list the project carries, sorted by id. Feeds carry the definitions their entries reference. */
export const LIST_REGISTRY: readonly ListDefinition[] = [
  ...SCREENING_LISTS,
  ...EUROPE_LISTS,
  ...PROCUREMENT_LISTS,
  ...APP_BAN_LISTS,
]
  .map((l) => {
    const zh = listTextsZh(l.id);
    return zh ? { ...l, zh } : l;
  })
  .sort((a, b) => (a.id < b.id ? -1 : 1));

const BY_ID = new Map(LIST_REGISTRY.map((l) => [l.id, l]));

/** The definition of a list id, or undefined for an unknown list. */
export function getListDefinition(id: string): ListDefinition | undefined {
  return BY_ID.get(id);
}

/** Curated-file instrument keys that map onto a registry list (India's five orders are one list). */
export function listIdForInstrument(key: string): string | undefined {
  if (key.startsWith('IN-69A-')) return 'IN-MEITY-69A';
  return BY_ID.has(key) ? key : undefined;
}
