import { useId, useState } from 'preact/hooks';
import type { ListStatus } from '../../shared/messages.ts';
import type { ListStatusState } from '../hooks/useListStatus.ts';
import { useStrings, type Translate } from '../hooks/useStrings.ts';
import { formatCount, formatTime } from './labels.ts';
import { FreshnessNote, FreshnessText } from './FreshnessNote.tsx';
import { listFreshness, updateFailurePlace } from '../../core/update/freshness.ts';

export interface ListStatusPanelProps {
  state: ListStatusState;
  /** Show per-source counts and the next check (options page). */
  isDetailed?: boolean;
  /** One summary line with a "List details" toggle (popup, where height is scarce). */
  isCompact?: boolean;
  /** Compact view: where "What changed" opens. */
  changesHref?: string;
}

function refreshMessage(t: Translate, r: ListStatusState['lastRefresh']): string | null {
  if (!r) return null;
  if (!r.ok) return t('updateFailed', r.error ?? '');
  return r.changed ? t('updatedToVersion', r.version) : t('updateNoChange');
}

interface FactsProps {
  status: ListStatus;
  isDetailed?: boolean;
  /** The compact summary line shows the version already. */
  hasVersionShown?: boolean;
  id?: string;
}

function Facts({ status, isDetailed, hasVersionShown, id }: FactsProps) {
  const t = useStrings();
  return (
    <dl class="facts" id={id}>
      {!hasVersionShown && (
        <>
          <dt>{t('listVersion')}</dt>
          <dd data-testid="list-version">{status.version}</dd>
        </>
      )}
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
  );
}

/** Version and the data's age on one line; the rest behind a "List details" toggle. */
function Summary({ status, changesHref }: { status: ListStatus; changesHref?: string }) {
  const t = useStrings();
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <div class="status-line">
        <span class="small">
          {t('listVersion')} <span data-testid="list-version">{status.version}</span>
          <span class="muted">
            {' · '}
            <FreshnessText status={status} now={Date.now()} />
          </span>
        </span>
        <button
          type="button"
          class="link"
          aria-expanded={isOpen}
          aria-controls={id}
          onClick={() => setOpen(!isOpen)}
        >
          {t('listDetails')}
        </button>
        {changesHref && (
          <a href={changesHref} target="_blank" rel="noopener" class="small">
            {t('whatChanged')}
          </a>
        )}
      </div>
      {isOpen && <Facts status={status} id={id} hasVersionShown />}
    </>
  );
}

/** List version, data date, last update or error, and the "Update now" button. */
export function ListStatusPanel({ state, isDetailed, isCompact, changesHref }: ListStatusPanelProps) {
  const t = useStrings();
  const { status, loadError, isRefreshing, lastRefresh, refresh } = state;
  const message = refreshMessage(t, lastRefresh);
  // Official sources that failed alone. The popup names them only when the update otherwise succeeded (its one
  // error line says enough when everything failed); the options page always does.
  const sourceErrors =
    status && (!isCompact || !status.lastError)
      ? status.sourceErrors.filter((e) => e !== status.lastError)
      : [];
  // A failure is told once: an "Update now" that just failed by the outcome line (a live region), repeated failures
  // by the warning (with the stored reason), else the stored last error.
  const place = status
    ? updateFailurePlace({
        hasJustFailed: !!lastRefresh && !lastRefresh.ok,
        warnings: listFreshness(status.dataDate, status.failures ?? 0, Date.now()).warnings,
        lastError: status.lastError,
      })
    : null;
  let head = <p class="muted">{loadError ? t('statusUnavailable', loadError) : t('loading')}</p>;
  if (status)
    head = isCompact ? (
      <Summary status={status} changesHref={changesHref} />
    ) : (
      <Facts status={status} isDetailed={isDetailed} />
    );
  return (
    <div class={isCompact ? 'list-status compact' : 'list-status'}>
      {head}
      {status && (
        <FreshnessNote status={status} now={Date.now()} isCompact={isCompact} failurePlace={place} />
      )}
      {status?.lastError && place === 'last-error' && (
        <p class="error" data-testid="list-error">
          {t('lastUpdateError', status.lastError)}
        </p>
      )}
      {sourceErrors.map((e) => (
        <p class="error small" data-testid="source-error" key={e}>
          {t('sourceUpdateError', e)}
        </p>
      ))}
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
