export * from './plain-line.ts';
export * from './listing-view.ts';
