import { SourceError } from './source-error.ts';

/** The top level every curated names file shares: a data date, an optional id and its entries. */
export interface CuratedFile<E> {
  data_as_of?: string;
  source_id?: string;
  entries: E[];
}

/** Parses a curated names file's top level; a file that is not JSON or has no `entries` list is a SourceError. */
export function readCuratedFile<E>(text: string, file: string): CuratedFile<E> {
  let root: Partial<CuratedFile<E>> | null;
  try {
    root = JSON.parse(text) as Partial<CuratedFile<E>> | null;
  } catch (err) {
    throw new SourceError(file, 'whole file', `not JSON (${(err as Error).message})`);
  }
  if (!root || !Array.isArray(root.entries))
    throw new SourceError(file, 'top level', 'expected {entries: []}');
  return root as CuratedFile<E>;
}
