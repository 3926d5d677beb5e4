// Builds the card's DOM for one entity: every piece of list data goes in with textContent only.
import type { Entry, ListDefinition, Listing } from '../core/list/format.ts';
import type { Confidence } from '../core/match/types.ts';
import { plainLine, statusDetailParts } from '../core/explain/index.ts';
import { listTexts } from '../core/list/list-texts.ts';
import { isHistoricListing, sortListings } from '../core/page/index.ts';
import { el, isWebUrl } from './dom-util.ts';
import { contentLang, STRINGS, translate } from './text.ts';

export interface CardData {
  entry: Entry;
  lists: ReadonlyMap<string, ListDefinition>;
  /** Listings the user's choices keep. */
  listings: Listing[];
  /** Page text that matched, the listed name it matched, and how sure; null for the vendor-site banner. */
  match: { text: string; name: string; confidence: Confidence } | null;
  hostname: string;
}

export interface CardActions {
  mute: () => void;
  turnOff: () => void;
  close: () => void;
}

// Plain sentence first, then the list's legal name and status, its authority and dates, the citation and the source.
function listingItem(doc: Document, l: Listing, def: ListDefinition | undefined): HTMLLIElement {
  const s = STRINGS;
  const li = el(doc, 'li', isHistoricListing(l) ? 'historic' : '');
  // Plain words first (what the listing does), then the list's legal name, status, authority, dates and citation.
  li.append(el(doc, 'p', 'plain', plainLine(l, def, translate)));
  const texts = def ? listTexts(def, s.lang) : undefined;
  const title = el(doc, 'div', 'lt');
  const chip = el(doc, 'span', `chip f-${def?.family ?? 'watchlist'}`, s.family[def?.family ?? 'watchlist']);
  const name = el(doc, 'span', 'name', texts?.name ?? l.list);
  name.translate = false;
  title.append(chip, name);
  const state = l.qualifier ? s.qualifier[l.qualifier] : s.status[l.status];
  title.append(el(doc, 'span', `st st-${l.status}${l.qualifier ? ` q-${l.qualifier}` : ''}`, state));
  li.append(title);
  // The one-line meaning comes before the legal detail.
  const summary = s.lang === 'zh' ? (l.summaryZh ?? l.summary) : l.summary;
  if (summary) li.append(el(doc, 'p', 'summary', summary));
  const facts = [def ? `${def.authority} (${def.jurisdiction})` : '', l.programme ?? ''];
  if (l.dateListed) facts.push(`${s.listed} ${l.dateListed}`);
  if (l.statusDate && (l.status !== 'in_force' || l.qualifier)) facts.push(`${state} ${l.statusDate}`);
  li.append(el(doc, 'p', 'muted', facts.filter(Boolean).join(' · ')));
  if (l.statusDetail) {
    const d = statusDetailParts(l.statusDetail);
    const value = el(doc, 'span', '', d.value);
    value.translate = false; // the published legal term
    const p = el(doc, 'p', 'muted');
    if (d.label) p.append(el(doc, 'b', '', `${s.licencePolicy}: `));
    p.append(value);
    li.append(p);
  }
  if (texts?.meaningReader) li.append(labelled(doc, s.forReaders, texts.meaningReader));
  if (texts?.meaningBuyer) li.append(labelled(doc, s.forBuyers, texts.meaningBuyer));
  if (l.citation) li.append(labelled(doc, s.citation, l.citation));
  const url = isWebUrl(l.sourceUrl) ? l.sourceUrl : isWebUrl(def?.url) ? def?.url : undefined;
  if (url) {
    const p = el(doc, 'p');
    const a = el(doc, 'a', '', `${s.officialSource} ↗`);
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    p.append(a);
    li.append(p);
  }
  return li;
}

function labelled(doc: Document, label: string, text: string): HTMLParagraphElement {
  const p = el(doc, 'p');
  p.append(el(doc, 'b', '', `${label}: `), doc.createTextNode(text));
  return p;
}

function matchBlock(doc: Document, d: CardData): HTMLElement {
  const s = STRINGS;
  const box = el(doc, 'div', 'match');
  if (!d.match) {
    box.append(el(doc, 'div', '', s.siteDomain(d.hostname)));
    return box;
  }
  const line = d.match.name && d.match.name !== d.match.text ? ` · ${s.matchedName(d.match.name)}` : '';
  box.append(el(doc, 'div', '', `${s.matched(d.match.text)}${line}`));
  box.append(el(doc, 'span', `conf c-${d.match.confidence}`, s.confidence[d.match.confidence]));
  return box;
}

/** The card's content: header with name and close, what matched, the listings, the actions. */
export function buildCard(doc: Document, d: CardData, actions: CardActions, isDark: boolean): HTMLElement {
  const s = STRINGS;
  const name = d.entry.names[0]?.text ?? d.entry.id;
  const card = el(doc, 'div', isDark ? 'card dark' : 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-modal', 'false');
  card.setAttribute('aria-label', s.cardLabel(name));
  card.lang = contentLang;
  card.tabIndex = -1;
  // Plain divs: a <header>/<footer> inside the dialog would be page-level banner/contentinfo landmarks.
  const header = el(doc, 'div', 'head');
  const title = el(doc, 'div');
  title.style.flex = '1';
  title.append(el(doc, 'h2', '', name), el(doc, 'span', 'kind', s.kind[d.entry.kind] ?? d.entry.kind));
  const close = el(doc, 'button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', s.close);
  close.addEventListener('click', () => actions.close());
  header.append(title, close);
  // Header and actions stay in view; only the middle scrolls when an entity has many listings.
  const body = el(doc, 'div', 'body');
  body.append(matchBlock(doc, d), el(doc, 'h3', '', `${s.listingsHeading} (${d.listings.length})`));
  const ul = el(doc, 'ul');
  for (const l of sortListings(d.listings, d.lists)) ul.append(listingItem(doc, l, d.lists.get(l.list)));
  body.append(ul);
  card.append(header, body);
  const footer = el(doc, 'div', 'foot');
  const action = (label: string, run: () => void, doneText: string) => {
    const b = el(doc, 'button', 'act', label);
    b.type = 'button';
    b.addEventListener('click', (e) => {
      // Only a real user gesture may change settings; synthetic page events are ignored.
      if (!e.isTrusted) return;
      footer.replaceChildren(el(doc, 'span', 'done', doneText));
      run();
    });
    return b;
  };
  // An app is not mistaken for a namesake company: "not this company — mute here" makes no sense for it.
  if (d.entry.kind !== 'app') footer.append(action(s.muteHere, actions.mute, s.muted));
  footer.append(action(s.turnOffSite, actions.turnOff, s.turnedOff));
  card.append(footer);
  return card;
}
