/**
 * Public keys whose feeds the extension trusts (`ed25519:<base64 of the raw 32-byte key>`). The first signs the
 * bundled snapshot and the project feed from list version 2026082204 on; the second signed earlier releases and stays
 * trusted so that feeds already published keep verifying (rotation: add the new key, sign with it, later drop the
 * old one). Private halves are kept outside the repository. Organisations add their own keys by managed policy
 * rather than by editing this list.
 */
export const PINNED_FEED_KEYS: readonly string[] = [
  'ed25519:D33u0fNpet+RwbxdZz7IFvRy/7ufrz/1sAUJrtAGKCU=',
  'ed25519:Rf5rvy97LoMR5Xqsm3/pMztNGxi36W3HvEGHXfllNRU=',
];
