import type { PageHits } from '../../shared/messages.ts';
import { groupEvidence } from '../../core/export/index.ts';
import { plainLine } from '../../core/explain/index.ts';
import { sortListings } from '../../core/page/index.ts';
import { coreTranslate, useStrings } from '../hooks/useStrings.ts';
import { ListingChips } from '../components/ListingChips.tsx';
import { confidenceName } from '../components/labels.ts';

export interface HitListProps {
  page: PageHits;
  onFocus: (entityId: string) => void;
}

/**
 * This page's hits grouped by entity, the site's own owner first: a plain sentence for the most serious listing,
 * then one chip per list. Each mentioned entity is a button that scrolls the page to its first mention.
 */
export function HitList({ page, onFocus }: HitListProps) {
  const t = useStrings();
  const ct = coreTranslate(t);
  const groups = groupEvidence({
    page,
    capturedAt: '',
    extension: { name: '', version: '' },
    list: { version: page.listVersion, dataDate: '', feedHash: '' },
    hits: page.hits,
    site: page.site ?? null,
    entities: page.entities,
    lists: page.lists,
  });
  const entries = new Map(page.entities.map((e) => [e.id, e]));
  const lists = new Map(page.lists.map((l) => [l.id, l]));
  if (!groups.length) return <p class="muted">{t('noHitsOnPage')}</p>;
  return (
    <ul class="hits" data-testid="hit-list">
      {groups.map((g) => {
        const entry = entries.get(g.id);
        const first = entry ? sortListings(entry.listings, lists)[0] : undefined;
        const head = (
          <span class="hit-head">
            <span class="hit-name" data-verbatim>
              {g.name}
            </span>
            {!g.isSiteOwner && (
              <span class={`confidence c-${g.confidence}`}>{confidenceName(t, g.confidence)}</span>
            )}
          </span>
        );
        return (
          <li key={g.id} class={g.isSiteOwner ? 'site-owner' : undefined}>
            {g.isSiteOwner ? (
              <div class="hit" data-entity={g.id}>
                <p class="site-finding" data-testid="site-finding">
                  {t('siteBelongsTo', g.name)}
                </p>
                {head}
              </div>
            ) : (
              <button type="button" class="hit" data-entity={g.id} onClick={() => onFocus(g.id)}>
                {head}
                <span class="muted small">{t('mentionCount', g.mentions.length)}</span>
              </button>
            )}
            {first && (
              <p class="plain small" data-testid="plain-line">
                {plainLine(first, lists.get(first.list), ct)}
              </p>
            )}
            <ListingChips entry={entry} lists={lists} />
          </li>
        );
      })}
    </ul>
  );
}
