/**
 * Public keys whose feeds the extension trusts (`ed25519:<base64 of the raw 32-byte key>`). The first signs the
 * bundled snapshot and the project feed; its private half is kept outside the repository. Organisations add
 * their own keys by managed policy rather than by editing this list.
 */
export const PINNED_FEED_KEYS: readonly string[] = ['ed25519:Rf5rvy97LoMR5Xqsm3/pMztNGxi36W3HvEGHXfllNRU='];
