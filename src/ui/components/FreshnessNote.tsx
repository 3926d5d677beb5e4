import { listFreshness, formatDataDate, type UpdateFailurePlace } from '../../core/update/freshness.ts';
import type { ListStatus } from '../../shared/messages.ts';
import { uiLanguage, useStrings } from '../hooks/useStrings.ts';

export interface FreshnessNoteProps {
  status: ListStatus;
  /** Epoch ms the age is counted to (the UI passes Date.now()). */
  now: number;
  /** Popup: the data line is in the summary already; the warning is one short line. */
  isCompact?: boolean;
  /** Where the panel tells an update failure (updateFailurePlace): the failing warning only when 'warning'. */
  failurePlace?: UpdateFailurePlace;
}

/** "List data from 22 Aug 2026 — 106 days old" in the UI language. */
export function FreshnessText({ status, now }: { status: ListStatus; now: number }) {
  const t = useStrings();
  const f = listFreshness(status.dataDate, status.failures ?? 0, now);
  const age = f.ageDays === 0 ? t('ageToday') : f.ageDays === 1 ? t('ageOneDay') : t('ageDays', f.ageDays);
  return (
    <span data-testid="data-freshness">
      {t('dataFreshness', formatDataDate(f.dataDate, uiLanguage()), age)}
    </span>
  );
}

/** The data's date and age, and a warning when the data is old or checks keep failing. */
export function FreshnessNote({ status, now, isCompact, failurePlace = 'warning' }: FreshnessNoteProps) {
  const t = useStrings();
  const f = listFreshness(status.dataDate, status.failures ?? 0, now);
  const isOld = f.warnings.includes('old');
  const isFailing = f.warnings.includes('failing') && failurePlace === 'warning';
  return (
    <>
      {!isCompact && (
        <p class="small">
          <FreshnessText status={status} now={now} />
        </p>
      )}
      {(isOld || isFailing) && (
        <div class={isCompact ? 'warn small' : 'warn'} data-testid="freshness-warning">
          {isOld && <p>{isCompact ? t('staleWarningShort', f.ageDays) : t('staleWarning', f.ageDays)}</p>}
          {isFailing && (
            <p>
              {isCompact ? t('failingWarningShort', status.failures) : t('failingWarning', status.failures)}
            </p>
          )}
          {isFailing && status.lastError && (
            <p data-testid="list-error">{t('lastUpdateError', status.lastError)}</p>
          )}
        </div>
      )}
    </>
  );
}
