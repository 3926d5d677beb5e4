import type { PageHits } from '../../shared/messages.ts';
import { groupEvidence } from '../../core/export/index.ts';
import { useStrings } from '../hooks/useStrings.ts';
import { ListingChips } from '../components/ListingChips.tsx';
import { confidenceName } from '../components/labels.ts';

export interface HitListProps {
  page: PageHits;
  onFocus: (entityId: string) => void;
}

/** This page's hits grouped by entity; each one is a button that scrolls the page to its first mention. */
export function HitList({ page, onFocus }: HitListProps) {
  const t = useStrings();
  const groups = groupEvidence({
    page,
    capturedAt: '',
    extension: { name: '', version: '' },
    list: { version: page.listVersion, dataDate: '', feedHash: '' },
    hits: page.hits,
    entities: page.entities,
    lists: page.lists,
  });
  const entries = new Map(page.entities.map((e) => [e.id, e]));
  const lists = new Map(page.lists.map((l) => [l.id, l]));
  if (!groups.length) return <p class="muted">{t('noHitsOnPage')}</p>;
  return (
    <ul class="hits" data-testid="hit-list">
      {groups.map((g) => (
        <li key={g.id}>
          <button type="button" class="hit" data-entity={g.id} onClick={() => onFocus(g.id)}>
            <span class="hit-head">
              <span class="hit-name">{g.name}</span>
              <span class={`confidence c-${g.confidence}`}>{confidenceName(t, g.confidence)}</span>
            </span>
            <span class="muted small">{t('mentionCount', g.mentions.length)}</span>
          </button>
          <ListingChips entry={entries.get(g.id)} lists={lists} />
        </li>
      ))}
    </ul>
  );
}
