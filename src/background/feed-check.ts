// The background's one import point for feed signature checks, validation and pinned keys (src/core/feed).
export { verifyFeedSignature } from '../core/feed/signature.ts';
export { validateFeed, FeedError, MAX_FEED_BYTES } from '../core/feed/validate-feed.ts';
export { PINNED_FEED_KEYS } from '../core/feed/pinned-keys.ts';
