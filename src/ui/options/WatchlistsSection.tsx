import { useId, useState } from 'preact/hooks';
import { isFeedUrl } from '../../core/settings/migrate.ts';
import { useStrings } from '../hooks/useStrings.ts';
import { useWatchlists } from '../hooks/useWorkerData.ts';
import { LockedNote } from '../components/LockedNote.tsx';
import { entryCountText, formatTime } from '../components/labels.ts';
import { Section } from './Section.tsx';
import { ImportStatus, type ImportState } from './ImportStatus.tsx';
import type { WatchlistAddResult } from '../../shared/messages.ts';
import type { SettingsSectionProps } from './section-props.ts';

/** Largest watchlist file read in the page (the worker applies its own limits too). */
const MAX_FILE = 5 * 1024 * 1024;

/** Custom watchlists: import a CSV/JSON file or a URL; counts; remove. */
export function WatchlistsSection({ locked }: Pick<SettingsSectionProps, 'locked'>) {
  const t = useStrings();
  const fileId = useId();
  const urlId = useId();
  const { items, error, progress, add, remove } = useWatchlists();
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<ImportState | null>(null);
  const isUrlLocked = locked.has('watchlistUrls');
  const done = (got: { ok: true; value: WatchlistAddResult } | { ok: false; error: string }) => {
    if (!got.ok) return setStatus({ tone: 'error', text: t('watchlistAddFailed', got.error) });
    const { outcome, name } = got.value;
    if (outcome === 'already-imported')
      return setStatus({ tone: 'ok', text: t('watchlistAlreadyImported', name) });
    setStatus({
      tone: 'ok',
      text: outcome === 'replaced' ? t('watchlistReplaced', name) : t('watchlistAdded'),
    });
  };
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE) return setStatus({ tone: 'error', text: t('fileTooLarge') });
    // Shown before the file is even read: parsing and re-indexing a large file take seconds.
    setStatus({ tone: 'busy', text: t('watchlistImporting', file.name) });
    done(await add({ type: 'file', fileName: file.name, text: await file.text() }));
  };
  const onUrl = async () => {
    if (!isFeedUrl(url.trim())) return setStatus({ tone: 'error', text: t('urlInvalid') });
    setStatus({ tone: 'busy', text: t('watchlistImporting', url.trim()) });
    done(await add({ type: 'url', url: url.trim() }));
    setUrl('');
  };
  return (
    <Section id="watchlists" title={t('watchlistsHeading')} intro={t('watchlistsIntro')}>
      {error && <p class="error">{t('watchlistsUnavailable', error)}</p>}
      {items?.length === 0 && <p class="muted">{t('noWatchlists')}</p>}
      <ul class="plain-list" data-testid="watchlists">
        {items?.map((w) => (
          <li key={w.id} class="item-row">
            <span>
              <strong>{w.name}</strong> · {entryCountText(t, w.entryCount)}
              <span class="muted small block">
                {w.source.type === 'url' ? w.source.url : w.source.fileName}
                {w.updatedAt ? ` · ${formatTime(w.updatedAt)}` : ''}
              </span>
              {w.lastError && <span class="error small block">{w.lastError}</span>}
            </span>
            {w.isManaged ? (
              <LockedNote isLocked />
            ) : (
              <button
                type="button"
                class="secondary"
                aria-label={t('removeWatchlist', w.name)}
                onClick={() => void remove(w.id)}
              >
                {t('remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div class="field">
        <label for={fileId} class="field-label">
          {t('importWatchlistFile')}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => void onFile(e.currentTarget)}
        />
        <p class="hint">{t('watchlistFormatHint')}</p>
      </div>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void onUrl();
        }}
      >
        <label for={urlId} class="field-label full">
          {t('watchlistUrl')}
          <LockedNote isLocked={isUrlLocked} />
        </label>
        <input
          id={urlId}
          type="url"
          class="grow"
          value={url}
          placeholder="https://example.org/watchlist.csv"
          disabled={isUrlLocked}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        <button type="submit" disabled={isUrlLocked}>
          {t('addWatchlistUrl')}
        </button>
      </form>
      {/* While a file is sent to the worker, the share sent; then the status line alone (it is read and indexed). */}
      <ImportStatus
        state={
          status?.tone === 'busy' && progress !== null && progress < 1 ? { ...status, progress } : status
        }
      />
    </Section>
  );
}
