import { useEffect, useId, useState } from 'preact/hooks';
import { useLookup } from '../hooks/useLookup.ts';
import { useStrings } from '../hooks/useStrings.ts';
import { ListingChips } from './ListingChips.tsx';

export interface LookupPanelProps {
  /** Query to run at once (context menu: `?q=`). */
  initialQuery?: string;
}

/** "Search the lists": any name, with scores, reasons and listings. */
export function LookupPanel({ initialQuery = '' }: LookupPanelProps) {
  const t = useStrings();
  const id = useId();
  const [text, setText] = useState(initialQuery);
  const { query, isSearching, isWaitingForList, results, entities, lists, error, search } = useLookup();
  useEffect(() => {
    if (initialQuery) void search(initialQuery);
  }, [initialQuery, search]);
  return (
    <div class="lookup">
      <form
        class="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void search(text);
        }}
      >
        <label for={id} class="field-label">
          {t('searchLists')}
        </label>
        <input
          id={id}
          type="search"
          value={text}
          placeholder={t('searchPlaceholder')}
          maxLength={200}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" disabled={isSearching}>
          {t('search')}
        </button>
      </form>
      <div aria-live="polite" data-testid="lookup-results">
        {isWaitingForList && <p class="muted">{t('listLoading')}</p>}
        {error && <p class="error">{t('searchFailed', error)}</p>}
        {results && results.length === 0 && <p class="muted">{t('noLookupResults', query)}</p>}
        {results && results.length > 0 && (
          // A bounded, scrollable area: focusable so that the keyboard can scroll it too.
          <ol class="results" aria-label={t('lookupResultsFor', query)} tabIndex={0}>
            {results.map((r) => (
              <li key={r.entityId} class={r.score >= 0.85 ? 'result match' : 'result similar'}>
                <div class="result-head">
                  <strong>{r.name}</strong>
                  <span class="score">
                    {r.score >= 0.85
                      ? t('scoreMatch', Math.round(r.score * 100))
                      : t('scoreSimilar', Math.round(r.score * 100))}
                  </span>
                </div>
                <div class="muted small">
                  {r.matchedName !== r.name ? `${r.matchedName} · ` : ''}
                  {r.reason}
                </div>
                <ListingChips entry={entities.get(r.entityId)} lists={lists} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
