export * from './plain-line.ts';
export * from './listing-view.ts';
export * from './status-detail.ts';
