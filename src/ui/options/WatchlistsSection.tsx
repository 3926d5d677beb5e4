import { useId, useState } from 'preact/hooks';
import { isFeedUrl } from '../../core/settings/migrate.ts';
import { useStrings } from '../hooks/useStrings.ts';
import { useWatchlists } from '../hooks/useWorkerData.ts';
import { LockedNote } from '../components/LockedNote.tsx';
import { entryCountText, formatTime } from '../components/labels.ts';
import { Section } from './Section.tsx';
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
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const isUrlLocked = locked.has('watchlistUrls');
  const report = (err: string | null) =>
    setMessage(
      err
        ? { isError: true, text: t('watchlistAddFailed', err) }
        : { isError: false, text: t('watchlistAdded') },
    );
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE) return setMessage({ isError: true, text: t('fileTooLarge') });
    report(await add({ type: 'file', fileName: file.name, text: await file.text() }));
  };
  const onUrl = async () => {
    if (!isFeedUrl(url.trim())) return setMessage({ isError: true, text: t('urlInvalid') });
    report(await add({ type: 'url', url: url.trim() }));
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
      {/* The share of the file sent to the worker; once all is sent, no value: it is being read and indexed. */}
      {progress !== null &&
        (progress < 1 ? (
          <progress key="sending" max={1} value={progress} aria-label={t('watchlistImportProgress')} />
        ) : (
          <progress key="reading" aria-label={t('watchlistImportProgress')} />
        ))}
      {message && (
        <p role="status" class={message.isError ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
    </Section>
  );
}
