// What every surface (card, popup, lookup, printable report) shows for one listing, in the order a reader needs it:
// the plain sentence first, then the legal name of the list, its authority, the dates, the status and the citation.
import type { ListDefinition, Listing } from '../list/format.ts';
import { plainLine, statusKey, type Translate } from './plain-line.ts';

/** One listing ready to show: localised wording plus the list's own data (names and citations stay as published). */
export interface ListingView {
  listId: string;
  family: string;
  /** The plain sentence (localised). */
  plain: string;
  /** The list's legal name and short label (data). */
  listName: string;
  label: string;
  /** "Bureau of Industry and Security (US)" (data). */
  authority: string;
  dateListed: string;
  /** Localised status name, and the date it changed (empty while in force). */
  status: string;
  statusDate: string;
  isHistoric: boolean;
  programme: string;
  citation: string;
  detail: string;
  meaningBuyer: string;
  /** Official source: the listing's own, else the list's page; only http(s). */
  sourceUrl: string;
}

const isWeb = (u: string | undefined): u is string => !!u && /^https?:\/\//i.test(u);

/** The view of one listing under its list definition (undefined for a list the data does not define). */
export function listingView(l: Listing, def: ListDefinition | undefined, t: Translate): ListingView {
  return {
    listId: l.list,
    family: def?.family ?? 'watchlist',
    plain: plainLine(l, def, t),
    listName: def?.name ?? l.list,
    label: def?.label ?? l.list,
    authority: def ? `${def.authority} (${def.jurisdiction})` : '',
    dateListed: l.dateListed ?? '',
    status: t(statusKey(l.status)),
    statusDate: l.status === 'in_force' ? '' : (l.statusDate ?? ''),
    isHistoric: l.status === 'revoked' || l.status === 'removed',
    programme: l.programme ?? '',
    citation: l.citation ?? '',
    detail: l.statusDetail ?? '',
    meaningBuyer: def?.meaningBuyer ?? '',
    sourceUrl: isWeb(l.sourceUrl) ? l.sourceUrl : isWeb(def?.url) ? def.url : '',
  };
}

/** "Listed 2019-05-16 · Revoked 2021-06-09": the dates line, with localised words. */
export function datesLine(v: ListingView, t: Translate): string {
  const parts = [v.dateListed ? t('listedOn', v.dateListed) : ''];
  if (v.statusDate) parts.push(`${v.status} ${v.statusDate}`);
  return parts.filter(Boolean).join(' · ');
}
