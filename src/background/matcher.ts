// The background's one import point for the matcher and lookup (src/core/match, src/core/lookup).
export {
  buildMatchIndex,
  findMatches,
  restoreMatchIndex,
  serializeMatchIndex,
  type MatchIndex,
} from '../core/match/index.ts';
export { lookupName } from '../core/lookup/index.ts';
