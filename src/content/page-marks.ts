// Page-level marks: CSS Custom Highlight ranges per family and the one stylesheet that styles them, adopted by a
// tree scope (the document or an open shadow root) only while that scope has at least one mark.
import type { ListFamily } from '../core/list/format.ts';
import { highlightCss, highlightName } from './styles.ts';

type Scope = Document | ShadowRoot;

/**
 * Above this much page text, ::highlight() rules are not added: Chromium (checked on 140) restyles every element of
 * the document when such a rule arrives, measured at ~26 ms for 700 KB and ~360 ms for 5 MB of text. Such pages get
 * badges only (the badge then repeats the name).
 */
const MAX_TEXT_FOR_HIGHLIGHTS = 400_000;
/** A scope whose last mark went away keeps the sheet this long, so a rescan does not drop and re-add it. */
const RELEASE_DELAY_MS = 1_500;

/** Owns the highlight registry entries and the page stylesheet; `clear()` leaves no trace. */
export class PageMarks {
  private enabled: boolean | null = null;
  private readonly releaseTimers = new Map<Scope, number>();

  /** Whether names get highlights on this page (decided once, on the first mark). */
  isEnabled(doc: Document): boolean {
    this.enabled ??= !hasTextOver(doc.body ?? doc.documentElement, MAX_TEXT_FOR_HIGHLIGHTS);
    return this.enabled;
  }

  private readonly highlights = new Map<string, Highlight>();
  private readonly scopes = new Map<Scope, number>();
  private readonly fallbacks = new Map<Scope, HTMLStyleElement>();
  private sheet: CSSStyleSheet | null = null;

  /** Highlights `range` in the style of `family` and makes sure its scope has the stylesheet. */
  add(range: Range, family: ListFamily | 'historic', scope: Scope): void {
    if (!this.isEnabled(scope instanceof Document ? scope : scope.ownerDocument)) return;
    const name = highlightName(family);
    let h = this.highlights.get(name);
    if (!h) {
      h = new Highlight();
      this.highlights.set(name, h);
      CSS.highlights.set(name, h);
    }
    h.add(range);
    const n = this.scopes.get(scope) ?? 0;
    this.scopes.set(scope, n + 1);
    clearTimeout(this.releaseTimers.get(scope));
    this.releaseTimers.delete(scope);
    if (n === 0) this.adopt(scope);
  }

  /** Removes one mark; the stylesheet leaves a scope with its last mark, a highlight with its last range. */
  remove(range: Range, family: ListFamily | 'historic', scope: Scope): void {
    if (!this.enabled) return;
    const name = highlightName(family);
    const h = this.highlights.get(name);
    if (h) {
      h.delete(range);
      if (h.size === 0) {
        CSS.highlights.delete(name);
        this.highlights.delete(name);
      }
    }
    const n = (this.scopes.get(scope) ?? 1) - 1;
    this.scopes.set(scope, Math.max(0, n));
    if (n > 0 || this.releaseTimers.has(scope)) return;
    const timer = window.setTimeout(() => {
      this.releaseTimers.delete(scope);
      if ((this.scopes.get(scope) ?? 0) > 0) return;
      this.scopes.delete(scope);
      this.release(scope);
    }, RELEASE_DELAY_MS);
    this.releaseTimers.set(scope, timer);
  }

  clear(): void {
    for (const t of this.releaseTimers.values()) clearTimeout(t);
    this.releaseTimers.clear();
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
    for (const scope of this.scopes.keys()) this.release(scope);
    this.scopes.clear();
    this.enabled = null;
  }

  private adopt(scope: Scope): void {
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(highlightCss());
      }
      if (!scope.adoptedStyleSheets.includes(this.sheet))
        scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, this.sheet];
    } catch {
      // Constructed sheets unavailable: one style element in the scope instead.
      const doc = scope instanceof Document ? scope : scope.ownerDocument;
      const style = doc.createElement('style');
      style.textContent = highlightCss();
      (scope instanceof Document ? (doc.head ?? doc.documentElement) : scope).append(style);
      this.fallbacks.set(scope, style);
    }
  }

  private release(scope: Scope): void {
    const sheet = this.sheet;
    if (sheet && scope.adoptedStyleSheets.includes(sheet))
      scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
    this.fallbacks.get(scope)?.remove();
    this.fallbacks.delete(scope);
  }
}

/** Whether `root` holds more than `limit` characters of text; stops counting there (textContent of a 5 MB page
 * would build a 5 MB string inside one task). */
function hasTextOver(root: Node | null, limit: number): boolean {
  if (!root) return false;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode())
    if ((n += (t as Text).data.length) > limit) return true;
  return false;
}
