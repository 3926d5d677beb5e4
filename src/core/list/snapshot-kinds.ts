import type { EntryKind } from './format.ts';

/** Kinds the bundled snapshot (and a direct update of it) keeps; others only when on SNAPSHOT_KEEP_ALL_ON. */
export const SNAPSHOT_KINDS: EntryKind[] = ['company', 'organization', 'app', 'product'];
/** Lists kept whole in the snapshot, whatever the kind of entry (the whole Entity List, MEU, UVL). */
export const SNAPSHOT_KEEP_ALL_ON = ['US-BIS-EL', 'US-BIS-MEU', 'US-BIS-UVL'];
