/** Public keys whose feeds the extension trusts (`ed25519:<base64 raw key>`). Organisations add keys by policy. */
export const PINNED_FEED_KEYS: readonly string[] = [];
