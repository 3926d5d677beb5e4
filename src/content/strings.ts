// The content script's strings, grouped and typed for its views. The text itself lives only in
// public/_locales/*/messages.json (keys starting with `content`), like every other visible string.
import type { EntryKind, ListFamily, ListingStatus, StatusQualifier } from '../core/list/format.ts';
import type { Confidence } from '../core/match/types.ts';
import type { MessageLookup } from '../shared/i18n.ts';

export interface ContentStrings {
  /** Language of the list texts to show: `zh` uses a list's Chinese texts (the locale's contentListTextLanguage). */
  lang: 'en' | 'zh';
  family: Record<ListFamily, string>;
  kind: Record<EntryKind, string>;
  status: Record<ListingStatus, string>;
  qualifier: Record<StatusQualifier, string>;
  confidence: Record<Confidence, string>;
  confidenceShort: Record<Confidence, string>;
  historic: string;
  badgeAria: (family: string, name: string, confidence: string) => string;
  cardLabel: (name: string) => string;
  matched: (text: string) => string;
  matchedName: (name: string) => string;
  listed: string;
  since: string;
  citation: string;
  licencePolicy: string;
  authority: string;
  forReaders: string;
  forBuyers: string;
  officialSource: string;
  close: string;
  muteHere: string;
  turnOffSite: string;
  muted: string;
  turnedOff: string;
  bannerText: (name: string) => string;
  bannerDetails: string;
  bannerDismiss: string;
  bannerLabel: string;
  siteDomain: (host: string) => string;
  listingsHeading: string;
}

/** The content script's strings, read from the locale messages (the `content…` keys of messages.json). */
export function contentStrings(m: MessageLookup): ContentStrings {
  return {
    lang: m('contentListTextLanguage') === 'zh' ? 'zh' : 'en',
    family: {
      sanctions: m('contentFamilySanctions'),
      'export-control': m('contentFamilyExportControl'),
      'procurement-ban': m('contentFamilyProcurementBan'),
      'forced-labour': m('contentFamilyForcedLabour'),
      'app-ban': m('contentFamilyAppBan'),
      watchlist: m('contentFamilyWatchlist'),
    },
    kind: {
      company: m('contentKindCompany'),
      organization: m('contentKindOrganization'),
      app: m('contentKindApp'),
      product: m('contentKindProduct'),
      person: m('contentKindPerson'),
      vessel: m('contentKindVessel'),
      aircraft: m('contentKindAircraft'),
    },
    status: {
      in_force: m('contentStatusInForce'),
      revoked: m('contentStatusRevoked'),
      enjoined: m('contentStatusEnjoined'),
      removed: m('contentStatusRemoved'),
      pending: m('contentStatusPending'),
      unclear: m('contentStatusUnclear'),
    },
    qualifier: {
      enforcement_deferred: m('qualifierEnforcementDeferred'),
      met_by_divestiture: m('qualifierMetByDivestiture'),
      stayed_by_court: m('qualifierStayedByCourt'),
      expired: m('qualifierExpired'),
      government_use_only: m('qualifierGovernmentUseOnly'),
    },
    confidence: {
      confirmed: m('contentConfidenceConfirmed'),
      likely: m('contentConfidenceLikely'),
      possible: m('contentConfidencePossible'),
    },
    confidenceShort: {
      confirmed: m('contentConfidenceShortConfirmed'),
      likely: m('contentConfidenceShortLikely'),
      possible: m('contentConfidenceShortPossible'),
    },
    historic: m('contentHistoric'),
    listed: m('contentListed'),
    since: m('contentSince'),
    citation: m('contentCitation'),
    licencePolicy: m('contentLicencePolicy'),
    authority: m('contentAuthority'),
    forReaders: m('contentForReaders'),
    forBuyers: m('contentForBuyers'),
    officialSource: m('contentOfficialSource'),
    close: m('contentClose'),
    muteHere: m('contentMuteHere'),
    turnOffSite: m('contentTurnOffSite'),
    muted: m('contentMuted'),
    turnedOff: m('contentTurnedOff'),
    bannerDetails: m('contentBannerDetails'),
    bannerDismiss: m('contentBannerDismiss'),
    bannerLabel: m('contentBannerLabel'),
    listingsHeading: m('contentListingsHeading'),
    badgeAria: (family, name, confidence) => m('contentBadgeAria', [family, name, confidence]),
    cardLabel: (name) => m('contentCardLabel', [name]),
    matched: (text) => m('contentMatched', [text]),
    matchedName: (name) => m('contentMatchedName', [name]),
    bannerText: (name) => m('contentBannerText', [name]),
    siteDomain: (host) => m('contentSiteDomain', [host]),
  };
}
