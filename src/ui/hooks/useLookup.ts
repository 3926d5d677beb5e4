// Free-text lookup of a name against the lists, with the listings of each candidate.
import { useCallback, useState } from 'preact/hooks';
import { send } from '../../shared/messaging.ts';
import type { Entry, ListDefinition } from '../../core/list/format.ts';
import type { LookupResult } from '../../core/lookup/types.ts';

export interface LookupState {
  query: string;
  isSearching: boolean;
  results: LookupResult[] | null;
  entities: Map<string, Entry>;
  lists: Map<string, ListDefinition>;
  error: string | null;
}

const EMPTY: LookupState = {
  query: '',
  isSearching: false,
  results: null,
  entities: new Map(),
  lists: new Map(),
  error: null,
};

/** Runs 'lookup/search' then 'entity/get' for the candidates' listings. */
export function useLookup() {
  const [state, setState] = useState<LookupState>(EMPTY);
  const search = useCallback(async (raw: string) => {
    const query = raw.trim();
    if (!query) return setState(EMPTY);
    setState((s) => ({ ...s, query, isSearching: true, error: null }));
    try {
      const results = await send('lookup/search', { query, limit: 8 });
      const ids = results.map((r) => r.entityId);
      const got = ids.length ? await send('entity/get', { ids }) : { entities: [], lists: [] };
      setState({
        query,
        isSearching: false,
        results,
        entities: new Map(got.entities.map((e) => [e.id, e])),
        lists: new Map(got.lists.map((l) => [l.id, l])),
        error: null,
      });
    } catch (err) {
      setState({ ...EMPTY, query, error: err instanceof Error ? err.message : String(err) });
    }
  }, []);
  return { ...state, search };
}
