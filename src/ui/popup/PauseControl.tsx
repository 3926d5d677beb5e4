import type { PauseChoice } from '../../core/settings/site-rules.ts';
import { PAUSED_INDEFINITELY } from '../../core/settings/site-rules.ts';
import { useStrings } from '../hooks/useStrings.ts';
import { formatTime } from '../components/labels.ts';

export interface PauseControlProps {
  pausedUntil: number;
  now: number;
  disabled?: boolean;
  onPause: (choice: PauseChoice) => void;
  onResume: () => void;
}

/** Global pause: 1 hour, until tomorrow, until resumed; or, while paused, the end time and "Resume alerts". */
export function PauseControl({ pausedUntil, now, disabled, onPause, onResume }: PauseControlProps) {
  const t = useStrings();
  if (pausedUntil > now) {
    return (
      <div class="pause paused" role="group" aria-label={t('pauseAll')}>
        <p class="warn" data-testid="pause-state">
          {pausedUntil >= PAUSED_INDEFINITELY
            ? t('pausedIndefinitely')
            : t('pausedUntil', formatTime(pausedUntil))}
        </p>
        <button type="button" onClick={onResume} disabled={disabled}>
          {t('resumeAlerts')}
        </button>
      </div>
    );
  }
  const choices: [PauseChoice, string][] = [
    ['hour', t('pauseHour')],
    ['tomorrow', t('pauseTomorrow')],
    ['resumed', t('pauseResumed')],
  ];
  return (
    <div class="pause" role="group" aria-labelledby="pause-label">
      <span id="pause-label" class="field-label">
        {t('pauseAll')}
      </span>
      <div class="row">
        {choices.map(([c, label]) => (
          <button key={c} type="button" class="secondary" disabled={disabled} onClick={() => onPause(c)}>
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
