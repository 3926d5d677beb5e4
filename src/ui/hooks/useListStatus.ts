// List status from the worker, with "Update now".
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/messaging.ts';
import type { ListStatus, UpdateResult } from '../../shared/messages.ts';

export interface ListStatusState {
  status: ListStatus | null;
  /** Why the status could not be read (worker not answering). */
  loadError: string | null;
  isRefreshing: boolean;
  /** Outcome of the last "Update now" in this view. */
  lastRefresh: UpdateResult | null;
  refresh: () => Promise<void>;
}

/** Reads 'list/status' once and after each refresh. */
export function useListStatus(): ListStatusState {
  const [status, setStatus] = useState<ListStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [isRefreshing, setRefreshing] = useState(false);
  const [lastRefresh, setLastRefresh] = useState<UpdateResult | null>(null);
  const load = useCallback(async () => {
    try {
      setStatus(await send('list/status'));
      setLoadError(null);
    } catch (err) {
      setLoadError(err instanceof Error ? err.message : String(err));
    }
  }, []);
  useEffect(() => void load(), [load]);
  const refresh = useCallback(async () => {
    setRefreshing(true);
    setLastRefresh(null);
    try {
      setLastRefresh(await send('list/refresh'));
    } catch (err) {
      setLastRefresh({
        ok: false,
        changed: false,
        version: 0,
        error: err instanceof Error ? err.message : String(err),
      });
    } finally {
      await load();
      setRefreshing(false);
    }
  }, [load]);
  return { status, loadError, isRefreshing, lastRefresh, refresh };
}
