import { useEffect, useId, useState } from 'preact/hooks';
import { isFeedUrl } from '../../core/settings/migrate.ts';
import type { ListStatusState } from '../hooks/useListStatus.ts';
import { useStrings } from '../hooks/useStrings.ts';
import { ListStatusPanel } from '../components/ListStatusPanel.tsx';
import { LockedNote } from '../components/LockedNote.tsx';
import { Section } from './Section.tsx';
import type { SettingsSectionProps } from './section-props.ts';

const INTERVALS = [1, 3, 6, 12, 24, 72, 168];

export interface UpdatesSectionProps extends SettingsSectionProps {
  listState: ListStatusState;
}

/** List status with "Update now", the update interval and the feed URL. */
export function UpdatesSection({ settings, locked, update, listState }: UpdatesSectionProps) {
  const t = useStrings();
  const intervalId = useId();
  const feedId = useId();
  const [feed, setFeed] = useState(settings.feedUrl);
  const [feedMsg, setFeedMsg] = useState<{ isError: boolean; text: string } | null>(null);
  useEffect(() => setFeed(settings.feedUrl), [settings.feedUrl]);
  const intervals = [...new Set([...INTERVALS, settings.updateIntervalHours])].sort((a, b) => a - b);
  const isFeedLocked = locked.has('feedUrl');
  const saveFeed = (value: string) => {
    if (value !== '' && !isFeedUrl(value)) return setFeedMsg({ isError: true, text: t('feedUrlInvalid') });
    setFeedMsg({ isError: false, text: t('saved') });
    void update((s) => ({ ...s, feedUrl: value }));
  };
  return (
    <Section id="updates" title={t('updatesHeading')}>
      <ListStatusPanel state={listState} isDetailed />
      <div class="field">
        <label for={intervalId} class="field-label">
          {t('updateInterval')}
          <LockedNote isLocked={locked.has('updateIntervalHours')} />
        </label>
        <select
          id={intervalId}
          value={String(settings.updateIntervalHours)}
          disabled={locked.has('updateIntervalHours')}
          onChange={(e) => {
            const hours = Number(e.currentTarget.value); // read now: currentTarget is null once the event is over
            void update((s) => ({ ...s, updateIntervalHours: hours }));
          }}
        >
          {intervals.map((h) => (
            <option key={h} value={String(h)}>
              {h % 24 === 0 ? t('everyDays', h / 24) : t('everyHours', h)}
            </option>
          ))}
        </select>
      </div>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          saveFeed(feed.trim());
        }}
      >
        <label for={feedId} class="field-label full">
          {t('feedUrl')}
          <LockedNote isLocked={isFeedLocked} />
        </label>
        <input
          id={feedId}
          type="url"
          class="grow"
          value={feed}
          disabled={isFeedLocked}
          onInput={(e) => setFeed(e.currentTarget.value)}
        />
        <button type="submit" disabled={isFeedLocked}>
          {t('saveFeedUrl')}
        </button>
        <button type="button" class="secondary" disabled={isFeedLocked} onClick={() => saveFeed('')}>
          {t('useDefaultFeed')}
        </button>
      </form>
      {feedMsg && (
        <p role="status" class={feedMsg.isError ? 'error' : 'ok'}>
          {feedMsg.text}
        </p>
      )}
    </Section>
  );
}
