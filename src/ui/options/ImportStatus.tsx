import { useStrings } from '../hooks/useStrings.ts';

/** Where an import stands: under way (with a share done, 0–1, when one is known), done, or refused. */
export interface ImportState {
  tone: 'busy' | 'ok' | 'error';
  text: string;
  progress?: number | null;
}

export interface ImportStatusProps {
  state: ImportState | null;
}

/**
 * The status line of an import. The live region is always in the page (screen readers announce changes only of a
 * region that already exists), so "Importing…" is read out the moment a file is chosen.
 */
export function ImportStatus({ state }: ImportStatusProps) {
  const t = useStrings();
  const tone = state?.tone === 'error' ? 'error' : state?.tone === 'ok' ? 'ok' : 'muted';
  const progress = state?.tone === 'busy' ? state.progress : null;
  return (
    <div class="import-status" aria-busy={state?.tone === 'busy'}>
      <p role="status" class={tone} data-testid="watchlist-status" data-state={state?.tone ?? 'idle'}>
        {state?.text ?? ''}
      </p>
      {typeof progress === 'number' && (
        <progress
          max={1}
          value={Math.min(1, Math.max(0, progress))}
          aria-label={t('watchlistImportProgress')}
        />
      )}
    </div>
  );
}
