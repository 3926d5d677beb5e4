import type { Entry, ListDefinition, Listing } from '../list/format.ts';
import { listTexts } from '../list/list-texts.ts';
import { CONFIDENCE_ORDER, type Confidence } from '../match/types.ts';
import { plainLine, type Translate } from '../explain/plain-line.ts';
import type { EvidenceHit, EvidenceInput } from './types.ts';

/** A listing joined with its list definition. */
export interface ReportListing extends Listing {
  listName: string;
  listLabel: string;
  authority: string;
  jurisdiction: string;
  /** The plain-language sentence for this listing (the list's reader meaning when no translator is given). */
  plain: string;
  /** What the listing means for a buyer, from the list definition. */
  meaningBuyer: string;
  /** The list's own page, when the listing has no source URL of its own. */
  listUrl: string;
}

/** One flagged entity with its mentions on the page. */
export interface ReportEntity {
  id: string;
  name: string;
  kind: string;
  countries: string[];
  /** Most sure confidence among its mentions (`confirmed` for the site's owner found by domain). */
  confidence: Confidence;
  /** True when the page's own site belongs to this entity (the banner's finding). */
  isSiteOwner: boolean;
  mentions: EvidenceHit[];
  listings: ReportListing[];
}

function joinListing(
  l: Listing,
  lists: Map<string, ListDefinition>,
  zh: boolean,
  t: Translate | undefined,
): ReportListing {
  const def = lists.get(l.list);
  const texts = def ? listTexts(def, zh ? 'zh' : 'en') : undefined;
  return {
    ...l,
    listName: texts?.name ?? l.list,
    listLabel: texts?.label ?? l.list,
    authority: def?.authority ?? '',
    jurisdiction: def?.jurisdiction ?? '',
    plain: t ? plainLine(l, def, t) : (texts?.meaningReader ?? ''),
    meaningBuyer: texts?.meaningBuyer ?? '',
    listUrl: def?.url ?? '',
  };
}

function bestConfidence(hits: EvidenceHit[]): Confidence {
  const ranks = hits.map((h) => CONFIDENCE_ORDER.indexOf(h.confidence)).filter((r) => r >= 0);
  return CONFIDENCE_ORDER[Math.min(...ranks, CONFIDENCE_ORDER.length - 1)] ?? 'possible';
}

/**
 * Groups a page's hits by entity, in order of first mention, joining each entity's listings with their list
 * definitions; the site's owner (when the site belongs to a listed entity) comes first, with or without mentions.
 * Hits whose entity is unknown are kept under the bare id so nothing seen is dropped. `t` localises the plain lines.
 */
export function groupEvidence(input: EvidenceInput, t?: Translate): ReportEntity[] {
  const entries = new Map<string, Entry>(input.entities.map((e) => [e.id, e]));
  const lists = new Map(input.lists.map((l) => [l.id, l]));
  const byId = new Map<string, EvidenceHit[]>();
  const siteId = input.site?.entityId;
  if (siteId) byId.set(siteId, []);
  for (const h of input.hits) {
    const group = byId.get(h.entityId);
    if (group) group.push(h);
    else byId.set(h.entityId, [h]);
  }
  return [...byId].map(([id, mentions]) => {
    const e = entries.get(id);
    const isSiteOwner = id === siteId;
    return {
      id,
      name: e?.names[0]?.text ?? id,
      kind: e?.kind ?? '',
      countries: e?.countries ?? [],
      confidence: isSiteOwner ? 'confirmed' : bestConfidence(mentions),
      isSiteOwner,
      mentions,
      listings: (e?.listings ?? []).map((l) => joinListing(l, lists, input.language === 'zh', t)),
    };
  });
}

/** The site finding in words, or '' when the site belongs to no listed entity. */
export function siteFindingText(entities: ReportEntity[], template: string): string {
  const owner = entities.find((e) => e.isSiteOwner);
  return owner ? template.replace('$1', owner.name) : '';
}
