// Options-page data served by the worker: the list catalogue and the user's watchlists.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../shared/messaging.ts';
import type {
  ListCatalog,
  WatchlistAddRequest,
  WatchlistAddResult,
  WatchlistInfo,
} from '../../shared/messages.ts';
import { importWatchlistFile } from './upload-file.ts';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** 'list/definitions': every list, the sources and counts; `error` when the worker cannot answer. */
export function useListCatalog() {
  const [catalog, setCatalog] = useState<ListCatalog | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('list/definitions').then(setCatalog, (err: unknown) => setError(message(err)));
  }, []);
  return { catalog, error };
}

type AddOutcome = { ok: true; value: WatchlistAddResult } | { ok: false; error: string };

/**
 * The watchlists with add and remove; `add` resolves to what the worker did, or its error message. A file's text
 * is sent in pieces, and `progress` is the share sent so far (0–1) while a file import is under way, else null.
 */
export function useWatchlists() {
  const [items, setItems] = useState<WatchlistInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const load = useCallback(async () => {
    try {
      setItems(await send('watchlist/list'));
      setError(null);
    } catch (err) {
      setError(message(err));
    }
  }, []);
  useEffect(() => void load(), [load]);
  const add = useCallback(
    async (req: WatchlistAddRequest): Promise<AddOutcome> => {
      try {
        if (req.type === 'file')
          return { ok: true, value: await importWatchlistFile(req.fileName, req.text, setProgress) };
        return { ok: true, value: await send('watchlist/add', req) };
      } catch (err) {
        return { ok: false, error: message(err) };
      } finally {
        setProgress(null);
        await load();
      }
    },
    [load],
  );
  const remove = useCallback(
    async (id: string) => {
      await send('watchlist/remove', { id }).catch((err: unknown) => setError(message(err)));
      await load();
    },
    [load],
  );
  return { items, error, progress, add, remove };
}

/** Display names of entries by id (for muted names); unknown ids map to themselves. */
export function useEntityNames(ids: string[]) {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const key = ids.join('\n');
  useEffect(() => {
    if (!ids.length) return;
    send('entity/get', { ids }).then(
      (got) => setNames(new Map(got.entities.map((e) => [e.id, e.names[0]?.text ?? e.id]))),
      () => setNames(new Map()),
    );
    // `key` stands for the ids' contents, so the effect reruns only when they change.
  }, [key]);
  return names;
}
