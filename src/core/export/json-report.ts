import type { Translate } from '../explain/plain-line.ts';
import { groupEvidence } from './report-model.ts';
import type { EvidenceInput } from './types.ts';
import { dataAgeDays } from '../update/freshness.ts';

/** Marker and layout version of the JSON evidence report. */
export const EVIDENCE_FORMAT = 'sanctions-lens-evidence';
/** 2 added `site` (the site's owner is listed) and each listing's `plain` sentence; nothing was removed. */
export const EVIDENCE_FORMAT_VERSION = 2;

/**
 * Builds the JSON evidence report: capture metadata, the site finding, flagged entities with listings, and every
 * mention. `t` localises the plain sentences.
 */
export function buildJsonReport(input: EvidenceInput, t?: Translate): string {
  const entities = groupEvidence(input, t);
  const owner = entities.find((e) => e.isSiteOwner);
  const report = {
    format: EVIDENCE_FORMAT,
    formatVersion: EVIDENCE_FORMAT_VERSION,
    capturedAt: input.capturedAt,
    page: input.page,
    extension: input.extension,
    list: { ...input.list, dataAgeDays: dataAgeDays(input.list.dataDate, Date.parse(input.capturedAt)) },
    site: owner
      ? { hostname: input.page.hostname, belongsTo: { entityId: owner.id, entityName: owner.name } }
      : null,
    summary: { entities: entities.length, mentions: input.hits.length, isSiteListed: !!owner },
    entities: entities.map(({ mentions, ...e }) => ({ ...e, mentionCount: mentions.length })),
    hits: input.hits.map((h) => ({
      entityId: h.entityId,
      entityName: entities.find((e) => e.id === h.entityId)?.name ?? h.entityId,
      text: h.text,
      confidence: h.confidence,
      context: h.context,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
