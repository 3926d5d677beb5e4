export { buildJsonReport, EVIDENCE_FORMAT, EVIDENCE_FORMAT_VERSION } from './json-report.ts';
export { buildCsvReport, csvField } from './csv-report.ts';
export { buildHtmlReport, escapeHtml } from './html-report.ts';
export { groupEvidence, type ReportEntity, type ReportListing } from './report-model.ts';
export { DEFAULT_REPORT_LABELS, type EvidenceHit, type EvidenceInput, type ReportLabels } from './types.ts';
