import { useEffect, useState } from 'preact/hooks';
import { loadChanges, watchChanges } from '../../shared/changes-store.ts';
import type { ListChange } from '../../core/update/changes.ts';

/** The stored "What changed" history, kept current while the page is open; null while loading. */
export function useListChanges(): ListChange[] | null {
  const [changes, setChanges] = useState<ListChange[] | null>(null);
  useEffect(() => {
    void loadChanges().then(setChanges, () => setChanges([]));
    return watchChanges(setChanges);
  }, []);
  return changes;
}
