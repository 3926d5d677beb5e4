// The vendor-site banner: shown when the page's own domain belongs to a listed entry; dismissable per site. A small
// bar docked at the bottom of the window (above the site's own bottom bar, if any), inside the overlay, so it never
// covers the site's own navigation.
import { bottomBarsHeight, summarizeBadge } from '../core/page/index.ts';
import type { Entry, ListDefinition, Listing } from '../core/list/format.ts';
import { el } from './dom-util.ts';
import { familyIcon } from './icons.ts';
import type { OverlayHost } from './overlay-host.ts';
import { edgeBars } from './overlay-measure.ts';
import { STRINGS } from './text.ts';

export interface BannerOptions {
  host: OverlayHost;
  entry: Entry;
  listings: Listing[];
  lists: ReadonlyMap<string, ListDefinition>;
  signal: AbortSignal;
  /** Opens the card for the entry, anchored at `anchor`. */
  details: (anchor: HTMLElement) => void;
  dismiss: () => void;
}

/** Adds the banner to the page; returns a function that removes it. It also goes away when `signal` aborts. */
export function showBanner(o: BannerOptions): () => void {
  const s = STRINGS;
  const summary = summarizeBadge(o.listings, o.lists);
  const family = summary?.family ?? 'watchlist';
  const doc = o.host.doc;
  const wrap = el(doc, 'div', 'bannerpos');
  const bar = el(doc, 'div', `bar f-${family}`);
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', s.bannerLabel);
  const chip = el(doc, 'span', 'chip');
  chip.append(familyIcon(doc, family), doc.createTextNode(s.family[family]));
  const name = o.entry.names[0]?.text ?? o.entry.id;
  const details = el(doc, 'button', '', s.bannerDetails);
  details.type = 'button';
  details.setAttribute('aria-haspopup', 'dialog');
  const close = el(doc, 'button', 'x', '×');
  close.type = 'button';
  close.setAttribute('aria-label', s.bannerDismiss);
  close.title = s.bannerDismiss;
  const msg = el(doc, 'span', 'msg', s.bannerText(name));
  const labels = [...new Set(o.listings.map((l) => o.lists.get(l.list)?.label ?? l.list))];
  if (labels.length) msg.append(el(doc, 'span', 'lists', labels.join(' · ')));
  bar.append(chip, msg, details, close);
  wrap.append(bar);
  const opts = { signal: o.signal };
  details.addEventListener('click', () => o.details(details), opts);
  close.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted) return;
      wrap.remove();
      o.dismiss();
    },
    opts,
  );
  o.host.attach();
  o.host.layer.append(wrap);
  // Docked at the bottom of the window, above the site's own bottom bar if it has one (a phone tab bar).
  const dock = () => {
    const view = o.host.fitView();
    wrap.style.bottom = `${
      8 +
      bottomBarsHeight(
        edgeBars(doc).map((b) => b.box),
        view,
      )
    }px`;
  };
  dock();
  const view = doc.defaultView ?? window;
  view.addEventListener('resize', dock, { signal: o.signal, passive: true });
  const remove = () => wrap.remove();
  o.signal.addEventListener('abort', remove, { once: true });
  return remove;
}
