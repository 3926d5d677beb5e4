import type { Entry, ListDefinition, Listing } from '../list/format.ts';
import { listTexts } from '../list/list-texts.ts';
import { CONFIDENCE_ORDER, type Confidence } from '../match/types.ts';
import type { EvidenceHit, EvidenceInput } from './types.ts';

/** A listing joined with its list definition. */
export interface ReportListing extends Listing {
  listName: string;
  listLabel: string;
  authority: string;
  jurisdiction: string;
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
  /** Most sure confidence among its mentions. */
  confidence: Confidence;
  mentions: EvidenceHit[];
  listings: ReportListing[];
}

function joinListing(l: Listing, lists: Map<string, ListDefinition>, zh: boolean): ReportListing {
  const def = lists.get(l.list);
  const texts = def ? listTexts(def, zh ? 'zh' : 'en') : undefined;
  return {
    ...l,
    listName: texts?.name ?? l.list,
    listLabel: texts?.label ?? l.list,
    authority: def?.authority ?? '',
    jurisdiction: def?.jurisdiction ?? '',
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
 * definitions. Hits whose entity is unknown are kept under the bare id so nothing seen is dropped.
 */
export function groupEvidence(input: EvidenceInput): ReportEntity[] {
  const entries = new Map<string, Entry>(input.entities.map((e) => [e.id, e]));
  const lists = new Map(input.lists.map((l) => [l.id, l]));
  const byId = new Map<string, EvidenceHit[]>();
  for (const h of input.hits) {
    const group = byId.get(h.entityId);
    if (group) group.push(h);
    else byId.set(h.entityId, [h]);
  }
  return [...byId].map(([id, mentions]) => {
    const e = entries.get(id);
    return {
      id,
      name: e?.names[0]?.text ?? id,
      kind: e?.kind ?? '',
      countries: e?.countries ?? [],
      confidence: bestConfidence(mentions),
      mentions,
      listings: (e?.listings ?? []).map((l) => joinListing(l, lists, input.language === 'zh')),
    };
  });
}
