import type { Entry, ListDefinition } from '../../core/list/format.ts';
import { datesLine, listingView } from '../../core/explain/index.ts';
import { sortListings } from '../../core/page/index.ts';
import { coreTranslate, useStrings } from '../hooks/useStrings.ts';

export interface ListingDetailsProps {
  entry: Entry;
  lists: Map<string, ListDefinition>;
}

/** What the card shows for each listing: plain sentence, list name and status, authority and dates, citation, source. */
export function ListingDetails({ entry, lists }: ListingDetailsProps) {
  const t = useStrings();
  const ct = coreTranslate(t);
  return (
    <ul class="listing-details" data-testid="listing-details">
      {sortListings(entry.listings, lists).map((l, i) => {
        const v = listingView(l, lists.get(l.list), ct);
        return (
          <li key={`${l.list}-${i}`}>
            <p class="plain">{v.plain}</p>
            <p class="small">
              <strong data-verbatim>{v.listName}</strong> · {v.status}
            </p>
            <p class="muted small">
              <span data-verbatim>{v.authority}</span>
              {datesLine(v, ct) && ` · ${datesLine(v, ct)}`}
            </p>
            {v.citation && (
              <p class="muted small">
                {t('citationLabel')} <span data-verbatim>{v.citation}</span>
              </p>
            )}
            {v.sourceUrl && (
              <p class="small">
                <a href={v.sourceUrl} target="_blank" rel="noreferrer noopener">
                  {t('officialSource')}
                </a>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
