// Pure page logic for the content script: which hits to flag, how badges read, where offsets land.
export * from './filter-hits.ts';
export * from './badge-label.ts';
export * from './density.ts';
export * from './hit-context.ts';
export * from './offsets.ts';
export * from './site-banner.ts';
export { areAlertsActive } from '../settings/site-rules.ts';
export * from './popup-summary.ts';
export * from './badge-place.ts';
export * from './in-page.ts';
export * from './coalesce.ts';
export * from './corroborate.ts';
export * from './page-bars.ts';
