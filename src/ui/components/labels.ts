// Shared wording for data values (confidence, listing status, dates) in the UI language.
import type { ListingStatus, StatusQualifier } from '../../core/list/format.ts';
import type { Confidence } from '../../core/match/types.ts';
import { uiLanguage, type Translate } from '../hooks/useStrings.ts';

/** Localised name of a listing status. */
export function statusName(t: Translate, s: ListingStatus): string {
  const keys = {
    in_force: 'statusInForce',
    revoked: 'statusRevoked',
    enjoined: 'statusEnjoined',
    removed: 'statusRemoved',
    pending: 'statusPending',
    unclear: 'statusUnclear',
  } as const;
  return t(keys[s] ?? 'statusUnclear');
}

/** Localised name of a status qualifier ("Met by divestiture"). */
export function qualifierName(t: Translate, q: StatusQualifier): string {
  const keys = {
    enforcement_deferred: 'qualifierEnforcementDeferred',
    met_by_divestiture: 'qualifierMetByDivestiture',
    stayed_by_court: 'qualifierStayedByCourt',
    expired: 'qualifierExpired',
    government_use_only: 'qualifierGovernmentUseOnly',
  } as const;
  return t(keys[q]);
}

/** Localised name of a confidence level. */
export function confidenceName(t: Translate, c: Confidence): string {
  const keys = {
    confirmed: 'confidenceConfirmed',
    likely: 'confidenceLikely',
    possible: 'confidencePossible',
  } as const;
  return t(keys[c] ?? 'confidencePossible');
}

/** A date and time in the UI language. */
export function formatTime(ms: number): string {
  return new Date(ms).toLocaleString(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** A whole number in the UI language. */
export function formatCount(n: number): string {
  return n.toLocaleString(uiLanguage());
}

/** "1 entry" / "n entries" (i18n messages have no plural rules, so one has its own message). */
export function entryCountText(t: Translate, n: number): string {
  return n === 1 ? t('entryCountOne') : t('entryCount', formatCount(n));
}
