import { listFreshness, formatDataDate } from '../../core/update/freshness.ts';
import type { ListStatus } from '../../shared/messages.ts';
import { uiLanguage, useStrings } from '../hooks/useStrings.ts';

export interface FreshnessNoteProps {
  status: ListStatus;
  /** Epoch ms the age is counted to (the UI passes Date.now()). */
  now: number;
}

/** "List data from 22 Aug 2026 — 106 days old", and a warning when the data is old or checks keep failing. */
export function FreshnessNote({ status, now }: FreshnessNoteProps) {
  const t = useStrings();
  const f = listFreshness(status.dataDate, status.failures ?? 0, now);
  const age = f.ageDays === 0 ? t('ageToday') : f.ageDays === 1 ? t('ageOneDay') : t('ageDays', f.ageDays);
  return (
    <>
      <p class="small" data-testid="data-freshness">
        {t('dataFreshness', formatDataDate(f.dataDate, uiLanguage()), age)}
      </p>
      {f.warnings.length > 0 && (
        <div class="warn" role="alert" data-testid="freshness-warning">
          {f.warnings.includes('old') && <p>{t('staleWarning', f.ageDays)}</p>}
          {f.warnings.includes('failing') && <p>{t('failingWarning', status.failures ?? 0)}</p>}
        </div>
      )}
    </>
  );
}
