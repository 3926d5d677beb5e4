// Direct mode from the official Consolidated Screening List bulk file, read with the compiler's own adapter.
import type { Feed } from '../list/format.ts';
import { parseCslOfficial } from '../sources/csl-official.ts';
import { mergeDirect } from './direct-merge.ts';
import { getDirectSource } from './direct-sources.ts';
import { toDirectBatch } from './direct-combine.ts';

export interface DirectInput {
  /** Text of consolidated.json. */
  text: string;
  /** Name for messages and provenance, e.g. the URL's file name. */
  file: string;
  sha256: string;
  /** The list in use (entries, lists, sources, version). */
  current: Feed;
  /** Epoch ms of the download: bounds dates and the version. */
  now: number;
}

/**
 * Builds the next list from the official CSL file (see mergeDirect). Throws SourceError when the file is not a CSL
 * bulk file, FutureDateError when a row is dated after tomorrow.
 */
export function buildDirectFeed({ text, file, sha256, current, now }: DirectInput): Feed {
  const csl = parseCslOfficial(text, file);
  if (csl.records.length === 0) throw new Error(`${file}: no entries from any list this extension knows`);
  const batch = toDirectBatch(getDirectSource('us-trade-csl')!, csl, { sha256, now });
  return mergeDirect({ current, batches: [{ ...batch, provenance: { ...batch.provenance, file } }], now });
}
