// One active session of alerts on a page. A single AbortController owns every observer, listener, timer and the
// overlay (marks, badges, tip, card, banner): stop() leaves the page as it was.
import { createCoalescer, enabledListings, shouldShowBanner } from '../core/page/index.ts';
import type { Entry, ListDefinition } from '../core/list/format.ts';
import type { Settings } from '../core/settings/schema.ts';
import type { MatchResult, PageHit } from '../shared/messages.ts';
import { tipText } from './badge.ts';
import { showBanner } from './banner.ts';
import { createCardController } from './card.ts';
import type { CardData } from './card-view.ts';
import { isDarkBehind } from './dom-util.ts';
import { MutationBatcher } from './mutations.ts';
import { Overlay } from './overlay.ts';
import { ensureStrings } from './text.ts';
import { Renderer, type Mark } from './renderer.ts';
import { redrawAll, scanUnits, type Unit } from './scan.ts';
import { PageCorroboration } from '../core/page/corroborate.ts';

export interface SessionDeps {
  doc: Document;
  hostname: string;
  isTop: boolean;
  settings: () => Settings;
  match: (chunks: string[]) => Promise<MatchResult>;
  siteEntity: (hostname: string) => Promise<{ entry: Entry; lists: ListDefinition[] } | null>;
  mute: (entityId: string) => void;
  turnOff: () => void;
  dismissBanner: () => void;
  onHits: (count: number) => void;
  onError: (err: unknown) => void;
}

export interface Session {
  stop: () => void;
  settingsChanged: () => void;
  rescanAll: () => Promise<void>;
  pageHits: () => PageHit[];
  /** The listed entity this site belongs to, when the worker found one for the hostname. */
  siteEntity: () => Entry | null;
  catalog: () => Renderer;
  listVersion: () => number;
  focus: (entityId: string) => boolean;
}

/** Starts scanning and drawing; resolves nothing, reports through deps. */
export function startSession(d: SessionDeps): Session {
  const ac = new AbortController();
  const signal = ac.signal;
  let dark: boolean | null = null;
  const isDark = () => (dark ??= isDarkBehind(d.doc.body));
  let listVersion = 0;
  let bannerEntry: Entry | null = null;
  let removeBanner: (() => void) | null = null;

  const overlay = new Overlay({
    doc: d.doc,
    signal,
    events: {
      activate: (b, byKeyboard) => {
        overlay.hideTip();
        card.activate(b, byKeyboard);
      },
      hover: (b, isIn) => hint(b, isIn || b === overlay.host.root.activeElement),
      focus: (b, isIn) => hint(b, isIn),
      tab: (b, isBack) => moveFrom(b, isBack),
    },
    afterFrame: () => card.place(),
  });
  const card = createCardController({
    host: overlay.host,
    signal,
    isDark,
    dataFor: (anchor) => cardData(anchor),
    mute: (c) => d.mute(c.entry.id),
    turnOff: () => d.turnOff(),
    moveFrom: (a, isBack) => moveFrom(a, isBack),
  });
  const renderer = new Renderer({ doc: d.doc, hostname: d.hostname, settings: d.settings, isDark, overlay });

  /** The one-line tip and the full label while a badge is hovered or focused. */
  function hint(b: HTMLElement, isOn: boolean): void {
    const view = renderer.markOf(b)?.badge;
    b.classList.toggle('open', isOn);
    if (isOn && view && card.anchor() !== b) overlay.showTip(b, tipText(view));
    else overlay.hideTip();
  }

  /** Focuses the next (or previous) badge in reading order after `b`; false when there is none. */
  function moveFrom(b: HTMLElement, isBack: boolean): boolean {
    const mark = renderer.markOf(b);
    const items = overlay.badgeItems();
    const i = mark ? items.indexOf(mark) : -1;
    const next = i < 0 ? undefined : items[i + (isBack ? -1 : 1)];
    return next ? overlay.focusItem(next) : false;
  }

  function cardData(anchor: HTMLElement): CardData | null {
    // A badge's card, or (from the banner's Details button, which is no badge) the site's entry.
    const s = d.settings();
    const mark = renderer.markOf(anchor);
    const entry = mark ? renderer.entities.get(mark.hit.entityId) : bannerEntry;
    if (!entry) return null;
    const listings = enabledListings(entry, renderer.lists, s);
    const match = mark ? { text: mark.text, name: mark.hit.name, confidence: mark.hit.confidence } : null;
    return { entry, lists: renderer.lists, listings, match, hostname: d.hostname };
  }

  let chain: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>): Promise<void> =>
    (chain = chain
      .then(() => (signal.aborted ? undefined : work()))
      .then(report)
      .catch(d.onError));

  let lastCount = -1;
  function report(): void {
    // The toolbar badge counts flagged entities (the worker sums them over the tab's frames).
    const n = new Set(renderer.marks().map((m) => m.hit.entityId)).size;
    if (n !== lastCount && !signal.aborted) d.onHits(n);
    lastCount = n;
  }

  const batcher = new MutationBatcher({
    signal,
    flush: (units, hadRemovals, hadStyleChanges) =>
      enqueue(async () => {
        if (hadRemovals) renderer.prune();
        if (units.length && (await scanUnits(units, scanDeps))) await redrawAll(scanDeps);
        if (hadStyleChanges) overlay.invalidate(true);
      }),
    // Any change may move names: the overlay re-measures those near the viewport on its next frame.
    changed: (isStyle) => overlay.invalidate(isStyle),
  });
  const scanDeps = {
    renderer,
    signal,
    match: d.match,
    onShadowRoot: (sr: ShadowRoot) => batcher.observe(sr),
    onListVersion: (v: number) => {
      if (listVersion && v !== listVersion) void rescanAll();
      listVersion = v;
    },
    corroboration: new PageCorroboration(),
  };
  const root = (): Node => d.doc.body ?? d.doc.documentElement;
  // A whole-page rescan that is queued and not started yet covers any later request for one. It reads the page
  // afresh (start, navigation, list change), corroboration too.
  let pendingRescan: Promise<void> | null = null;
  const rescanAll = (): Promise<void> =>
    (pendingRescan ??= enqueue(async () => {
      pendingRescan = null;
      scanDeps.corroboration.clear();
      if (await scanUnits([{ node: root(), directOnly: false } satisfies Unit], scanDeps))
        await redrawAll(scanDeps);
    }));

  signal.addEventListener('abort', () => {
    renderer.clear();
    removeBanner?.();
  });
  batcher.observe(d.doc.documentElement);
  void rescanAll();
  if (d.isTop) void enqueue(() => banner());
  followNavigation();

  async function banner(): Promise<void> {
    const found = await d.siteEntity(d.hostname);
    if (signal.aborted || !found) return;
    await ensureStrings();
    if (signal.aborted) return;
    renderer.learn([found.entry], found.lists);
    bannerEntry = found.entry;
    updateBanner();
  }

  function updateBanner(): void {
    const s = d.settings();
    const show = shouldShowBanner(bannerEntry, renderer, s, d.hostname, Date.now());
    if (!show) {
      removeBanner?.();
      removeBanner = null;
      return;
    }
    if (removeBanner || !bannerEntry) return;
    removeBanner = showBanner({
      host: overlay.host,
      entry: bannerEntry,
      listings: enabledListings(bannerEntry, renderer.lists, s),
      lists: renderer.lists,
      signal,
      details: (anchor) => card.activate(anchor, false),
      dismiss: d.dismissBanner,
    });
  }

  function followNavigation(): void {
    // Single-page apps swap views without a load: after a same-document navigation the page is rescanned whole
    // (density counts start again), which also catches views that reuse DOM nodes. A burst of URL changes (a
    // page firing hundreds of replaceState + popstate) is merged into one rescan once it settles.
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    let url = location.href;
    const rescan = createCoalescer({
      settleMs: 300,
      maxWaitMs: 2000,
      now: () => performance.now(),
      schedule: (fn, ms) => {
        const id = setTimeout(fn, ms);
        return () => clearTimeout(id);
      },
      run: () => void rescanAll(),
    });
    signal.addEventListener('abort', rescan.cancel);
    const onNav = () => {
      if (location.href === url) return;
      url = location.href;
      rescan.trigger();
    };
    nav?.addEventListener('navigatesuccess', onNav, { signal });
    addEventListener('popstate', onNav, { signal });
    addEventListener('hashchange', onNav, { signal });
  }

  return {
    stop: () => ac.abort(),
    settingsChanged: () => {
      card.close(false);
      void enqueue(async () => {
        // The banner and every label are redrawn in the language now chosen, once its strings are here.
        if (bannerEntry || renderer.records.size) await ensureStrings();
        updateBanner();
        await redrawAll(scanDeps);
      });
    },
    rescanAll,
    pageHits: () => renderer.pageHits(),
    siteEntity: () => bannerEntry,
    catalog: () => renderer,
    listVersion: () => listVersion,
    focus: (entityId) => {
      const first = (overlay.badgeItems() as Mark[]).find((m) => m.hit.entityId === entityId);
      if (first) return overlay.focusItem(first);
      const mark = renderer.marks().find((m) => m.hit.entityId === entityId);
      if (!mark) return false;
      mark.el.scrollIntoView({ block: 'center', behavior: 'instant' });
      return true;
    },
  };
}
