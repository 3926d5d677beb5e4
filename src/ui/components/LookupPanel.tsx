import { useEffect, useId, useState } from 'preact/hooks';
import { WEAK_BELOW } from '../../core/lookup/index.ts';
import type { LookupResult } from '../../core/lookup/types.ts';
import { useLookup } from '../hooks/useLookup.ts';
import { useStrings, type MessageKey, type Translate } from '../hooks/useStrings.ts';
import { ListingChips } from './ListingChips.tsx';
import { ListingDetails } from './ListingDetails.tsx';

/** The result's reason in the UI language. */
function reasonText(t: Translate, r: LookupResult): string {
  const key = `reason_${(r.reasonCode ?? 'more-words').replace(/-/g, '_')}` as MessageKey;
  return t(key, r.letterCount ?? '');
}

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
  const [showWeak, setShowWeak] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    setShowWeak(false);
    setOpen(null);
  }, [query]);
  const strong = results?.filter((r) => r.score >= WEAK_BELOW) ?? [];
  const weak = results?.filter((r) => r.score < WEAK_BELOW) ?? [];
  const shown = showWeak ? [...strong, ...weak] : strong;
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
        {results && results.length > 0 && shown.length === 0 && (
          <p class="muted">{t('noLookupResults', query)}</p>
        )}
        {shown.length > 0 && (
          // A bounded, scrollable area: focusable so that the keyboard can scroll it too.
          <ol class="results" aria-label={t('lookupResultsFor', query)} tabIndex={0}>
            {shown.map((r) => {
              const entry = entities.get(r.entityId);
              const isOpen = open === r.entityId;
              return (
                <li key={r.entityId} class={r.score >= 0.85 ? 'result match' : 'result similar'}>
                  <div class="result-head">
                    <strong data-verbatim>{r.name}</strong>
                    <span class="score">
                      {r.score >= 0.85
                        ? t('scoreMatch', Math.round(r.score * 100))
                        : t('scoreSimilar', Math.round(r.score * 100))}
                    </span>
                  </div>
                  <div class="muted small">
                    {r.matchedName !== r.name && <span data-verbatim>{r.matchedName} · </span>}
                    {reasonText(t, r)}
                  </div>
                  <ListingChips entry={entry} lists={lists} />
                  {entry && (
                    <button
                      type="button"
                      class="link"
                      aria-expanded={isOpen}
                      onClick={() => setOpen(isOpen ? null : r.entityId)}
                    >
                      {t('resultDetails')}
                    </button>
                  )}
                  {entry && isOpen && <ListingDetails entry={entry} lists={lists} />}
                </li>
              );
            })}
          </ol>
        )}
        {!showWeak && weak.length > 0 && (
          <button type="button" class="link" onClick={() => setShowWeak(true)}>
            {t('showWeakerMatches', weak.length)}
          </button>
        )}
      </div>
    </div>
  );
}
