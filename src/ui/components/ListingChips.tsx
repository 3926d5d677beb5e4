import type { Entry, ListDefinition } from '../../core/list/format.ts';
import { listTexts, textLanguage } from '../../core/list/list-texts.ts';
import { isHistoricListing } from '../../core/page/badge-label.ts';
import { distinctListings } from '../../core/page/index.ts';
import { uiLanguage, useStrings } from '../hooks/useStrings.ts';
import { qualifierName, statusName } from './labels.ts';
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
        const texts = def ? listTexts(def, textLanguage(uiLanguage())) : undefined;
        const isActive = (l.status === 'in_force' || l.status === 'pending') && !isHistoricListing(l);
        const state = l.qualifier ? qualifierName(t, l.qualifier) : statusName(t, l.status);
        return (
          <li
            key={l.list}
            class={`chip family-${def?.family ?? 'other'}${isActive ? '' : ' inactive'}`}
            // Family colours come from the one table shared with the content script (shared/family-colours.ts).
            style={{ borderColor: familyColour(def?.family)?.solid }}
          >
            <span title={texts?.name} data-verbatim>
              {texts?.label ?? l.list}
            </span>
            {(l.status !== 'in_force' || l.qualifier) && <span class="chip-status">· {state}</span>}
          </li>
        );
      })}
    </ul>
  );
}
