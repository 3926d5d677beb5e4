// Turns matched runs into marks: a range per shown hit, drawn by the overlay (tint and underline), with a badge for
// the first few mentions of an entity. Keeps the raw hits so settings changes redraw without asking the worker.
import type { Entry, ListDefinition } from '../core/list/format.ts';
import type { Hit } from '../core/match/types.ts';
import {
  enabledListings,
  filterHits,
  hitContext,
  isDrawnInPage,
  locateOffset,
  planBadges,
  summarizeBadge,
} from '../core/page/index.ts';
import type { Settings } from '../core/settings/schema.ts';
import type { PageHit } from '../shared/messages.ts';
import type { Run } from './collect.ts';
import type { Overlay, OverlayItem } from './overlay.ts';

export interface Mark extends OverlayItem {
  hit: Hit;
  text: string;
  record: RunRecord;
  /** Drawn in the page (false: counted and listed in the popup only). */
  isDrawn: boolean;
}

export interface RunRecord {
  run: Run;
  hits: Hit[];
  marks: Mark[];
}

export interface RendererDeps {
  doc: Document;
  hostname: string;
  settings: () => Settings;
  isDark: () => boolean;
  overlay: Overlay;
}

/** Looks this far past a name for the next character on its line. */
const NEXT_LOOKAHEAD = 24;

export class Renderer {
  readonly entities = new Map<string, Entry>();
  readonly lists = new Map<string, ListDefinition>();
  readonly records = new Map<Node, RunRecord[]>();
  private readonly counts = new Map<string, number>();

  constructor(private readonly d: RendererDeps) {}

  learn(entities: Entry[], lists: ListDefinition[]): void {
    for (const e of entities) this.entities.set(e.id, e);
    for (const l of lists) this.lists.set(l.id, l);
  }

  markOf(button: Element): Mark | undefined {
    return this.d.overlay.itemOf(button) as Mark | undefined;
  }

  /** Adds a record for a run with raw hits and draws what the settings allow. */
  add(record: RunRecord): void {
    const list = this.records.get(record.run.block);
    if (list) list.push(record);
    else this.records.set(record.run.block, [record]);
    this.draw(record);
  }

  /**
   * Takes records (all, or those `covers` accepts) off the page's list and returns them; their drawings stay until
   * `release` (so a rescan replaces them without a frame of nothing).
   */
  detach(covers: (block: Node) => boolean = () => true): RunRecord[] {
    const out: RunRecord[] = [];
    for (const [block, recs] of this.records) {
      if (!covers(block)) continue;
      for (const r of recs) {
        for (const m of r.marks) if (m.badge) this.uncount(m.hit.entityId);
        out.push(r);
      }
      this.records.delete(block);
    }
    return out;
  }

  /** Removes the drawings of detached records. */
  release(records: readonly RunRecord[]): void {
    for (const r of records) for (const m of r.marks) this.d.overlay.remove(m);
  }

  /** Drops records whose text nodes left the document. Returns true when something changed. */
  prune(): boolean {
    let changed = false;
    for (const [block, recs] of this.records) {
      const kept = recs.filter((r) => r.run.nodes.every((n) => n.isConnected));
      if (kept.length === recs.length) continue;
      changed = true;
      for (const r of recs) if (!kept.includes(r)) this.undraw(r);
      if (kept.length) this.records.set(block, kept);
      else this.records.delete(block);
    }
    return changed;
  }

  clear(): void {
    this.release(this.detach());
    this.d.overlay.clear();
    this.counts.clear();
  }

  marks(): Mark[] {
    const out: Mark[] = [];
    for (const recs of this.records.values()) for (const r of recs) out.push(...r.marks);
    return out;
  }

  /** Every hit of the page with whether it is shown and where it is drawn (the `tab/hits` contract). */
  pageHits(): PageHit[] {
    this.d.overlay.flush();
    const out: PageHit[] = [];
    for (const recs of this.records.values())
      for (const r of recs)
        for (const hit of r.hits) {
          const m = r.marks.find((x) => x.hit === hit);
          const rects = m?.isDrawn ? this.d.overlay.rectsOf(m) : { name: null, badge: null };
          out.push({
            entityId: hit.entityId,
            text: m?.text ?? r.run.text.slice(hit.start, hit.end).replace(/\s+/g, ' '),
            confidence: hit.confidence,
            context: hitContext(r.run.text, hit.start, hit.end),
            shown: !!m,
            nameRects: rects.name,
            badgeRect: rects.badge,
          });
        }
    return out;
  }

  private undraw(r: RunRecord): void {
    for (const m of r.marks) {
      this.d.overlay.remove(m);
      if (m.badge) this.uncount(m.hit.entityId);
    }
    r.marks = [];
  }

  private uncount(id: string): void {
    this.counts.set(id, Math.max(0, (this.counts.get(id) ?? 1) - 1));
  }

  private draw(r: RunRecord): void {
    const s = this.d.settings();
    const { nodes, starts, text } = r.run;
    for (const hit of filterHits(r.hits, this, s, this.d.hostname)) {
      const a = locateOffset(starts, text.length, hit.start, false);
      const b = locateOffset(starts, text.length, hit.end, true);
      const startNode = nodes[a.index];
      const endNode = nodes[b.index];
      const entry = this.entities.get(hit.entityId);
      const el = endNode?.parentElement;
      if (!startNode || !endNode || !entry || !el) continue;
      const summary = summarizeBadge(enabledListings(entry, this.lists, s), this.lists);
      if (!summary) continue;
      const range = this.d.doc.createRange();
      range.setStart(startNode, a.offset);
      range.setEnd(endNode, b.offset);
      const isDrawn = isDrawnInPage(entry, this.lists, s);
      const hasBadge = isDrawn && planBadges([hit.entityId], this.counts, s.badgesPerEntity)[0] === true;
      const markText = text.slice(hit.start, hit.end).replace(/\s+/g, ' ');
      const mark: Mark = {
        hit,
        text: markText,
        record: r,
        isDrawn,
        range,
        el,
        block: r.run.block,
        next: this.nextChar(r.run, hit.end),
        family: summary.isHistoric ? 'historic' : summary.family,
        badge: hasBadge
          ? {
              entityId: entry.id,
              text: markText,
              confidence: hit.confidence,
              family: summary.family,
              isHistoric: summary.isHistoric,
              entityName: entry.names[0]?.text ?? entry.id,
              isDark: this.d.isDark(),
            }
          : null,
      };
      r.marks.push(mark);
      if (isDrawn) this.d.overlay.add(mark);
    }
  }

  /** The first non-space character after `end` in the run (where the line continues after the name). */
  private nextChar(run: Run, end: number): Mark['next'] {
    const i = run.text.slice(end, end + NEXT_LOOKAHEAD).search(/\S/);
    if (i < 0) return null;
    const p = locateOffset(run.starts, run.text.length, end + i, false);
    const node = run.nodes[p.index];
    return node ? { node, offset: p.offset } : null;
  }
}
