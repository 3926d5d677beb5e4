import type { Entry, ListDefinition } from '../../core/list/format.ts';
import { distinctListings } from '../../core/page/index.ts';
import { useStrings } from '../hooks/useStrings.ts';
import { statusName } from './labels.ts';
import { familyColour } from '../../shared/family-colours.ts';

export interface ListingChipsProps {
  entry: Entry | undefined;
  lists: Map<string, ListDefinition>;
}

/** One small label per list (a list named twice shows once): its short label, and its status when not in force. */
export function ListingChips({ entry, lists }: ListingChipsProps) {
  const t = useStrings();
  if (!entry?.listings.length) return null;
  return (
    <ul class="chips">
      {distinctListings(entry.listings, lists).map((l) => {
        const def = lists.get(l.list);
        const isActive = l.status === 'in_force' || l.status === 'pending';
        return (
          <li
            key={l.list}
            class={`chip family-${def?.family ?? 'other'}${isActive ? '' : ' inactive'}`}
            // Family colours come from the one table shared with the content script (shared/family-colours.ts).
            style={{ borderColor: familyColour(def?.family)?.solid }}
          >
            <span title={def?.name} data-verbatim>
              {def?.label ?? l.list}
            </span>
            {l.status !== 'in_force' && <span class="chip-status">· {statusName(t, l.status)}</span>}
          </li>
        );
      })}
    </ul>
  );
}
