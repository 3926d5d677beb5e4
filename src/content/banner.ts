// The vendor-site banner: shown when the page's own domain belongs to a listed entry; dismissable per site.
import { summarizeBadge } from '../core/page/index.ts';
import type { Entry, ListDefinition, Listing } from '../core/list/format.ts';
import { applyShadowCss, el } from './dom-util.ts';
import { familyIcon } from './icons.ts';
import { STRINGS } from './text.ts';
import { BANNER_CSS } from './styles.ts';

export const BANNER_TAG = 'sl-banner';

export interface BannerOptions {
  doc: Document;
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
  const host = o.doc.createElement(BANNER_TAG);
  host.setAttribute('data-sl-entity', o.entry.id);
  const root = host.attachShadow({ mode: 'closed' });
  applyShadowCss(root, BANNER_CSS);
  const bar = el(o.doc, 'div', `bar f-${family}`);
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', s.bannerLabel);
  const chip = el(o.doc, 'span', 'chip');
  chip.append(familyIcon(o.doc, family), o.doc.createTextNode(s.family[family]));
  const name = o.entry.names[0]?.text ?? o.entry.id;
  const details = el(o.doc, 'button', '', s.bannerDetails);
  details.type = 'button';
  details.setAttribute('aria-haspopup', 'dialog');
  const close = el(o.doc, 'button', 'x', '×');
  close.type = 'button';
  close.setAttribute('aria-label', s.bannerDismiss);
  close.title = s.bannerDismiss;
  const msg = el(o.doc, 'span', 'msg', s.bannerText(name));
  const labels = [...new Set(o.listings.map((l) => o.lists.get(l.list)?.label ?? l.list))];
  if (labels.length) msg.append(el(o.doc, 'span', 'lists', labels.join(' · ')));
  bar.append(chip, msg, details, close);
  root.append(bar);
  const opts = { signal: o.signal };
  details.addEventListener('click', () => o.details(host), opts);
  close.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted) return;
      host.remove();
      o.dismiss();
    },
    opts,
  );
  (o.doc.body ?? o.doc.documentElement).append(host);
  const remove = () => host.remove();
  o.signal.addEventListener('abort', remove, { once: true });
  return remove;
}
