// Free-text lookup of a name against the lists, with the listings of each candidate.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../shared/messaging.ts';
import type { Entry, ListDefinition } from '../../core/list/format.ts';
import type { LookupResult } from '../../core/lookup/types.ts';

export interface LookupState {
  query: string;
  isSearching: boolean;
  /** The worker did not answer yet (first start: it is still loading its list); the lookup is being retried. */
  isWaitingForList: boolean;
  results: LookupResult[] | null;
  entities: Map<string, Entry>;
  lists: Map<string, ListDefinition>;
  error: string | null;
}

const EMPTY: LookupState = {
  query: '',
  isSearching: false,
  isWaitingForList: false,
  results: null,
  entities: new Map(),
  lists: new Map(),
  error: null,
};

/** Waits before each retry: about 8 s in all, long enough for a first-start list load. */
const RETRY_MS = [300, 600, 1000, 1500, 2000, 2500];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function lookupOnce(query: string) {
  const results = await send('lookup/search', { query, limit: 8 });
  const ids = results.map((r) => r.entityId);
  const got = ids.length ? await send('entity/get', { ids }) : { entities: [], lists: [] };
  return { results, got };
}

/** Runs 'lookup/search' then 'entity/get' for the candidates' listings, retrying while the worker gets ready. */
export function useLookup() {
  const [state, setState] = useState<LookupState>(EMPTY);
  // Each search gets a number; a newer search (or closing the view) stops an older one's retries.
  const run = useRef(0);
  useEffect(() => () => void (run.current += 1), []);
  const search = useCallback(async (raw: string) => {
    const query = raw.trim();
    const id = (run.current += 1);
    if (!query) return setState(EMPTY);
    setState((s) => ({ ...s, query, isSearching: true, isWaitingForList: false, error: null }));
    for (let attempt = 0; ; attempt += 1) {
      try {
        const { results, got } = await lookupOnce(query);
        if (id !== run.current) return;
        const entities = new Map(got.entities.map((e) => [e.id, e]));
        const lists = new Map(got.lists.map((l) => [l.id, l]));
        return setState({ ...EMPTY, query, results, entities, lists });
      } catch (err) {
        if (id !== run.current) return;
        if (attempt >= RETRY_MS.length) {
          return setState({ ...EMPTY, query, error: err instanceof Error ? err.message : String(err) });
        }
        setState((s) => ({ ...s, isWaitingForList: true }));
        await sleep(RETRY_MS[attempt] ?? 0);
        if (id !== run.current) return;
      }
    }
  }, []);
  return { ...state, search };
}
