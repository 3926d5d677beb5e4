import type { Settings } from './schema.ts';

/** Pausing "until resumed" stores this value in `pausedUntil`. */
export const PAUSED_INDEFINITELY = Number.MAX_SAFE_INTEGER;

export type PauseChoice = 'hour' | 'tomorrow' | 'resumed';

const HOST_CHARS = /^[^\s/\\:?#@[\]<>"'`]+$/;

/**
 * Reduces a typed site ("https://WWW.Example.com:8080/path", "example.com.") to a bare lower-case hostname.
 * Returns '' when nothing usable is left (spaces, empty labels, IPv6 literals are not accepted).
 */
export function normalizeHostname(input: string): string {
  let s = input.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  s = s.replace(/[/?#].*$/, '');
  s = s.replace(/^.*@/, '');
  s = s.replace(/:\d*$/, '');
  s = s.replace(/^\*\./, '').replace(/\.$/, '');
  if (!s || !HOST_CHARS.test(s) || s.startsWith('.') || s.includes('..')) return '';
  return s;
}

/** True when `rule` covers `hostname`: the same host or a parent domain of it (example.com covers www.example.com). */
export function siteRuleCovers(rule: string, hostname: string): boolean {
  const host = normalizeHostname(hostname);
  return host !== '' && (host === rule || host.endsWith(`.${rule}`));
}

/** Whether the site rules (not the pause) allow alerts on `hostname`. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (settings.siteMode === 'only-listed')
    return settings.enabledSites.some((r) => siteRuleCovers(r, hostname));
  return !settings.disabledSites.some((r) => siteRuleCovers(r, hostname));
}

/** Whether alerts are paused at time `now` (epoch ms). */
export function isPaused(settings: Settings, now: number): boolean {
  return settings.pausedUntil > now;
}

/** Whether badges should be drawn on `hostname` at time `now`: not paused and allowed by the site rules. */
export function areAlertsActive(settings: Settings, hostname: string, now: number): boolean {
  return !isPaused(settings, now) && isSiteEnabled(settings, hostname);
}

/**
 * Returns settings with alerts on `hostname` turned on or off under the current site mode. Turning a site on in
 * all-except mode removes every rule that covers it (also a parent-domain rule); turning it off in only-listed mode
 * likewise removes every covering rule.
 */
export function setSiteEnabled(settings: Settings, hostname: string, isOn: boolean): Settings {
  const host = normalizeHostname(hostname);
  if (!host) return settings;
  const field = settings.siteMode === 'only-listed' ? 'enabledSites' : 'disabledSites';
  const add = settings.siteMode === 'only-listed' ? isOn : !isOn;
  const kept = settings[field].filter((r) => !siteRuleCovers(r, host));
  return { ...settings, [field]: add ? [...kept, host] : kept };
}

/**
 * The `pausedUntil` value for a pause choice made at `now` (epoch ms). "tomorrow" ends at the next local midnight,
 * in the time zone of the runtime.
 */
export function pauseUntil(choice: PauseChoice, now: number): number {
  if (choice === 'hour') return now + 60 * 60 * 1000;
  if (choice === 'resumed') return PAUSED_INDEFINITELY;
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 0, 0).getTime();
}
