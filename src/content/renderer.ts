// Turns matched runs into marks: a highlight range per hit and, for the first few mentions of an entity, a badge.
// Keeps the raw hits so settings changes redraw without asking the worker again.
import type { Entry, ListDefinition } from '../core/list/format.ts';
import type { Hit } from '../core/match/types.ts';
import {
  enabledListings,
  filterHits,
  hitContext,
  locateOffset,
  planBadges,
  summarizeBadge,
} from '../core/page/index.ts';
import type { Settings } from '../core/settings/schema.ts';
import type { PageHit } from '../shared/messages.ts';
import { createBadge, updateBadge, type BadgeEvents, type BadgeView } from './badge.ts';
import type { Run } from './collect.ts';
import { isOurs } from './dom-rules.ts';
import { PageMarks } from './page-marks.ts';
import { badgeAnchor, insertBadge } from './placement.ts';

export interface Mark {
  hit: Hit;
  text: string;
  range: Range;
  family: BadgeView['family'] | 'historic';
  scope: Document | ShadowRoot;
  host: HTMLElement | null;
  record: RunRecord;
}

export interface RunRecord {
  run: Run;
  hits: Hit[];
  marks: Mark[];
}

export interface RendererDeps {
  doc: Document;
  signal: AbortSignal;
  hostname: string;
  settings: () => Settings;
  events: BadgeEvents;
  isDark: () => boolean;
}

/** Hosts of removed marks waiting to be reused by the same entity at the same place (no DOM churn on re-render). */
export type HostPool = Map<string, HTMLElement[]>;

export class Renderer {
  readonly entities = new Map<string, Entry>();
  readonly lists = new Map<string, ListDefinition>();
  readonly records = new Map<Node, RunRecord[]>();
  private readonly counts = new Map<string, number>();
  private readonly page = new PageMarks();
  private readonly byHost = new WeakMap<HTMLElement, Mark>();
  /** Records with a hit left undrawn because its text was not rendered (display:none, hidden, closed details). */
  private readonly hidden = new Map<RunRecord, Element[]>();
  /** Visibility read before a batch of writes (see `readVisibility`); null outside such a batch. */
  private visible: Map<Element, boolean> | null = null;

  constructor(private readonly d: RendererDeps) {}

  learn(entities: Entry[], lists: ListDefinition[]): void {
    for (const e of entities) this.entities.set(e.id, e);
    for (const l of lists) this.lists.set(l.id, l);
  }

  /** Whether names are highlighted on this page (false on very large pages: badges only). */
  hasHighlights(): boolean {
    return this.page.isEnabled(this.d.doc);
  }

  markOf(host: HTMLElement): Mark | undefined {
    return this.byHost.get(host);
  }

  /**
   * Reads whether each hit's text is rendered, before any of `records` is drawn. Reading after our own writes would
   * make the browser restyle the page inside our task (about 6 ms per read on a 5 MB page); reads batched ahead of
   * the writes cost at most one restyle, none when the page has rendered since. Valid until `endBatch()`.
   */
  readVisibility(records: readonly RunRecord[]): void {
    this.visible ??= new Map();
    // The page theme is read here too (once per session), before any write of ours.
    if (records.length) this.d.isDark();
    for (const r of records) {
      for (const hit of r.hits) {
        const parent = endParent(r, hit);
        if (parent && !this.visible.has(parent))
          this.visible.set(parent, parent.checkVisibility?.() !== false);
      }
    }
  }

  endBatch(): void {
    this.visible = null;
  }

  private isVisible(e: Element | null): boolean {
    if (!e) return true;
    return this.visible?.get(e) ?? e.checkVisibility?.() !== false;
  }

  hasHidden(): boolean {
    return this.hidden.size > 0;
  }

  /** Redraws records whose hidden text may have become visible (the page changed a class, style or hidden). */
  revealHidden(): void {
    if (!this.hidden.size) return;
    const recs = [...this.hidden].filter(([r]) => r.run.nodes.every((n) => n.isConnected));
    this.readVisibility(recs.map(([r]) => r));
    const pool: HostPool = new Map();
    for (const [r, parents] of recs) {
      if (!parents.some((p) => this.isVisible(p))) continue;
      this.undraw(r, pool);
      this.draw(r, pool);
    }
    this.drain(pool);
    this.endBatch();
  }

  /** Adds a record for a run with raw hits and draws what the settings allow. */
  add(record: RunRecord, pool: HostPool): void {
    const list = this.records.get(record.run.block);
    if (list) list.push(record);
    else this.records.set(record.run.block, [record]);
    this.draw(record, pool);
  }

  /** Detaches records (all, or those `covers` accepts) and returns their hosts for reuse. */
  detach(covers: (block: Node) => boolean = () => true): HostPool {
    const pool: HostPool = new Map();
    for (const [block, recs] of this.records) {
      if (!covers(block)) continue;
      for (const r of recs) this.undraw(r, pool);
      this.records.delete(block);
    }
    return pool;
  }

  /** Removes pooled hosts nobody reused. */
  drain(pool: HostPool): void {
    for (const hosts of pool.values()) for (const h of hosts) h.remove();
    pool.clear();
  }

  /** Drops records whose text nodes left the document. Returns true when something changed. */
  prune(): boolean {
    let changed = false;
    for (const [block, recs] of this.records) {
      const kept = recs.filter((r) => r.run.nodes.every((n) => n.isConnected));
      if (kept.length === recs.length) continue;
      changed = true;
      const pool: HostPool = new Map();
      for (const r of recs) if (!kept.includes(r)) this.undraw(r, pool);
      this.drain(pool);
      if (kept.length) this.records.set(block, kept);
      else this.records.delete(block);
    }
    return changed;
  }

  clear(): void {
    this.drain(this.detach());
    this.page.clear();
    this.counts.clear();
  }

  marks(): Mark[] {
    const out: Mark[] = [];
    for (const recs of this.records.values()) for (const r of recs) out.push(...r.marks);
    return out;
  }

  pageHits(): PageHit[] {
    return this.marks().map((m) => ({
      entityId: m.hit.entityId,
      text: m.text,
      confidence: m.hit.confidence,
      context: hitContext(m.record.run.text, m.hit.start, m.hit.end),
    }));
  }

  private undraw(r: RunRecord, pool: HostPool): void {
    this.hidden.delete(r);
    for (const m of r.marks) {
      this.page.remove(m.range, m.family, m.scope);
      if (!m.host) continue;
      const id = m.hit.entityId;
      this.counts.set(id, Math.max(0, (this.counts.get(id) ?? 1) - 1));
      const list = pool.get(id);
      if (list) list.push(m.host);
      else pool.set(id, [m.host]);
    }
    r.marks = [];
  }

  private draw(r: RunRecord, pool: HostPool): void {
    const s = this.d.settings();
    const { nodes, starts, text } = r.run;
    // One badge per entity per anchor: repeated mentions in one stretch of text share the first badge.
    const anchored = new Map<Node, Set<string>>();
    for (const hit of filterHits(r.hits, this, s, this.d.hostname)) {
      const a = locateOffset(starts, text.length, hit.start, false);
      const b = locateOffset(starts, text.length, hit.end, true);
      const startNode = nodes[a.index];
      const endNode = nodes[b.index];
      const entry = this.entities.get(hit.entityId);
      if (!startNode || !endNode || !entry) continue;
      if (!this.isVisible(endNode.parentElement)) {
        if (endNode.parentElement) this.hidden.set(r, [...(this.hidden.get(r) ?? []), endNode.parentElement]);
        continue;
      }
      const summary = summarizeBadge(enabledListings(entry, this.lists, s), this.lists);
      if (!summary) continue;
      const range = this.d.doc.createRange();
      range.setStart(startNode, a.offset);
      range.setEnd(endNode, b.offset);
      const family = summary.isHistoric ? 'historic' : summary.family;
      const scope = startNode.getRootNode() as Document | ShadowRoot;
      this.page.add(range, family, scope);
      const mark: Mark = {
        hit,
        text: text.slice(hit.start, hit.end).replace(/\s+/g, ' '),
        range,
        family,
        scope,
        host: null,
        record: r,
      };
      r.marks.push(mark);
      const anchor = badgeAnchor(endNode, b.offset, r.run.block);
      if (!this.hasHighlights()) anchor.isDetached = true;
      const here = anchored.get(anchor.after) ?? new Set<string>();
      if (anchor.isDetached && here.has(hit.entityId)) continue;
      if (!planBadges([hit.entityId], this.counts, s.badgesPerEntity)[0]) continue;
      anchored.set(anchor.after, here.add(hit.entityId));
      const view: BadgeView = {
        entityId: entry.id,
        text: mark.text,
        confidence: hit.confidence,
        family: summary.family,
        isHistoric: summary.isHistoric,
        entityName: entry.names[0]?.text ?? entry.id,
        isDetached: anchor.isDetached,
        isDark: this.d.isDark(),
      };
      mark.host = this.place(view, anchor.after, pool);
      this.byHost.set(mark.host, mark);
    }
  }

  private place(view: BadgeView, after: Node, pool: HostPool): HTMLElement {
    const hosts = pool.get(view.entityId) ?? [];
    const i = hosts.findIndex((h) => precedingPageNode(h) === after);
    const reused = i >= 0 ? hosts.splice(i, 1)[0] : undefined;
    if (reused) {
      updateBadge(reused, view);
      return reused;
    }
    const host = createBadge(this.d.doc, view, this.d.events, this.d.signal);
    insertBadge(host, after, isOurs);
    return host;
  }
}

function endParent(r: RunRecord, hit: Hit): Element | null {
  const { nodes, starts, text } = r.run;
  return nodes[locateOffset(starts, text.length, hit.end, true).index]?.parentElement ?? null;
}

function precedingPageNode(host: Node): Node | null {
  let p = host.previousSibling;
  while (p && isOurs(p)) p = p.previousSibling;
  return host.isConnected ? p : null;
}
