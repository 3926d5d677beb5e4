// Dates inside source files are data, not versions: one row dated years ahead must not push the list version there.
import type { SourceBatch } from '../sources/types.ts';
import { latestDataDate } from './version.ts';

/** A source states a date after the day following the build; names the source and the row. */
export class FutureDateError extends Error {
  constructor(
    readonly source: string,
    readonly row: string,
    readonly date: string,
    readonly latest: string,
  ) {
    super(`${source}: ${row} is dated ${date}, after ${latest} (a data date may be at most one day ahead)`);
    this.name = 'FutureDateError';
  }
}

/**
 * Checks the dates a data date is made of (the batch's own, each listing's dateListed) against
 * latestDataDate(builtAt). Throws FutureDateError for the first date beyond it, with the source id and the row.
 * A statusDate may lie ahead: a ban can be enacted now to take effect in 2027.
 */
export function checkBatchDates(batch: SourceBatch, builtAt: number): void {
  const latest = latestDataDate(builtAt);
  for (const rec of batch.records) {
    for (const l of rec.listings) {
      const d = l.dateListed;
      if (d !== undefined && d > latest) throw new FutureDateError(batch.source, rec.ref, d, latest);
    }
  }
  if (batch.dataDate !== undefined && batch.dataDate > latest)
    throw new FutureDateError(batch.source, 'the file header', batch.dataDate, latest);
}
