import { groupEvidence } from './report-model.ts';
import type { EvidenceInput } from './types.ts';
import { dataAgeDays } from '../update/freshness.ts';

/** Marker and layout version of the JSON evidence report. */
export const EVIDENCE_FORMAT = 'sanctions-lens-evidence';
export const EVIDENCE_FORMAT_VERSION = 1;

/** Builds the JSON evidence report: capture metadata, flagged entities with listings, and every mention. */
export function buildJsonReport(input: EvidenceInput): string {
  const entities = groupEvidence(input);
  const report = {
    format: EVIDENCE_FORMAT,
    formatVersion: EVIDENCE_FORMAT_VERSION,
    capturedAt: input.capturedAt,
    page: input.page,
    extension: input.extension,
    list: { ...input.list, dataAgeDays: dataAgeDays(input.list.dataDate, Date.parse(input.capturedAt)) },
    summary: { entities: entities.length, mentions: input.hits.length },
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
