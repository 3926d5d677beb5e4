// Page-level corroboration: a weak form of a listed name (an acronym, a short or romanised name, two CJK characters)
// is shown when the page also names the same entry in a strong form ("Semiconductor Manufacturing International
// Corporation (SMIC)" … later "SMIC"). The matcher marks such hits `corroborable` and already lifts those in company
// context ("shares of …", a legal form, 公司); this module adds what only the whole page can tell.
import type { Hit } from '../match/types.ts';

/** True for a hit that names its entry on its own (shown at default settings, not waiting for corroboration). */
function isStrong(h: Hit): boolean {
  return !h.corroborable && h.confidence !== 'possible';
}

/** A corroborable hit whose entry is in `strong`, lifted to `likely`; other hits unchanged. */
function lift(h: Hit, strong: ReadonlySet<string>): Hit {
  return h.corroborable && strong.has(h.entityId) ? { ...h, confidence: 'likely', corroborable: false } : h;
}

/** Corroboration within one text (a whole page read at once): weak forms of entries named strongly in it. */
export function corroborateHits(hits: readonly Hit[]): Hit[] {
  const strong = new Set(hits.filter(isStrong).map((h) => h.entityId));
  return hits.map((h) => lift(h, strong));
}

/**
 * Corroboration across a page that is matched in batches: remembers the entries named strongly so far and which
 * entries have weak forms still waiting, so that a strong form found later can lift hits already drawn.
 */
export class PageCorroboration {
  private readonly strong = new Set<string>();
  private readonly waiting = new Set<string>();

  /** Records a batch's hits; true when an entry with earlier weak hits has now been named strongly. */
  observe(hits: readonly Hit[]): boolean {
    let isLate = false;
    for (const h of hits) {
      if (!isStrong(h) || this.strong.has(h.entityId)) continue;
      this.strong.add(h.entityId);
      if (this.waiting.delete(h.entityId)) isLate = true;
    }
    for (const h of hits) if (h.corroborable && !this.strong.has(h.entityId)) this.waiting.add(h.entityId);
    return isLate;
  }

  /** The hits with weak forms of strongly named entries lifted to `likely`. */
  apply(hits: readonly Hit[]): Hit[] {
    return hits.some((h) => h.corroborable) ? hits.map((h) => lift(h, this.strong)) : [...hits];
  }

  /** Forgets the page (navigation in a single-page app, list change). */
  clear(): void {
    this.strong.clear();
    this.waiting.clear();
  }
}
