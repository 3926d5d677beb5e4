import type { Entry, ListDefinition } from '../../core/list/format.ts';
import { useStrings } from '../hooks/useStrings.ts';
import { statusName } from './labels.ts';
import { familyColour } from '../../shared/family-colours.ts';

export interface ListingChipsProps {
  entry: Entry | undefined;
  lists: Map<string, ListDefinition>;
}

/** One small label per listing: the list's short label, and its status when not in force. */
export function ListingChips({ entry, lists }: ListingChipsProps) {
  const t = useStrings();
  if (!entry?.listings.length) return null;
  return (
    <ul class="chips">
      {entry.listings.map((l, i) => {
        const def = lists.get(l.list);
        const isActive = l.status === 'in_force' || l.status === 'pending';
        return (
          <li
            key={`${l.list}-${i}`}
            class={`chip family-${def?.family ?? 'other'}${isActive ? '' : ' inactive'}`}
            // Family colours come from the one table shared with the content script (shared/family-colours.ts).
            style={{ borderColor: familyColour(def?.family)?.solid }}
          >
            <span title={def?.name}>{def?.label ?? l.list}</span>
            {l.status !== 'in_force' && <span class="chip-status"> · {statusName(t, l.status)}</span>}
          </li>
        );
      })}
    </ul>
  );
}
