import type { ListStatusState } from '../hooks/useListStatus.ts';
import { useStrings, type Translate } from '../hooks/useStrings.ts';
import { formatCount, formatTime } from './labels.ts';

export interface ListStatusPanelProps {
  state: ListStatusState;
  /** Show per-source counts and the next check (options page). */
  isDetailed?: boolean;
}

function refreshMessage(t: Translate, r: ListStatusState['lastRefresh']): string | null {
  if (!r) return null;
  if (!r.ok) return t('updateFailed', r.error ?? '');
  return r.changed ? t('updatedToVersion', r.version) : t('updateNoChange');
}

/** List version, data date, last update or error, and the "Update now" button. */
export function ListStatusPanel({ state, isDetailed }: ListStatusPanelProps) {
  const t = useStrings();
  const { status, loadError, isRefreshing, lastRefresh, refresh } = state;
  const message = refreshMessage(t, lastRefresh);
  return (
    <div class="list-status">
      {status ? (
        <dl class="facts">
          <dt>{t('listVersion')}</dt>
          <dd data-testid="list-version">{status.version}</dd>
          <dt>{t('dataDate')}</dt>
          <dd>{status.dataDate}</dd>
          {isDetailed && (
            <>
              <dt>{t('entries')}</dt>
              <dd>{formatCount(status.entryCount)}</dd>
            </>
          )}
          <dt>{t('lastUpdate')}</dt>
          <dd>{status.lastSuccess ? formatTime(status.lastSuccess) : t('bundledListInUse')}</dd>
          {isDetailed && status.nextCheck && (
            <>
              <dt>{t('nextCheck')}</dt>
              <dd>{formatTime(status.nextCheck)}</dd>
            </>
          )}
        </dl>
      ) : (
        <p class="muted">{loadError ? t('statusUnavailable', loadError) : t('loading')}</p>
      )}
      {status?.lastError && (
        <p class="error" data-testid="list-error">
          {t('lastUpdateError', status.lastError)}
        </p>
      )}
      <div class="row">
        <button type="button" onClick={() => void refresh()} disabled={isRefreshing}>
          {t('updateNow')}
        </button>
        <span role="status" class={lastRefresh && !lastRefresh.ok ? 'error' : 'muted'}>
          {isRefreshing ? t('updating') : message}
        </span>
      </div>
    </div>
  );
}
