import { useId, useState } from 'preact/hooks';
import { normalizeHostname } from '../../core/settings/site-rules.ts';
import type { SiteMode } from '../../core/settings/schema.ts';
import { useStrings } from '../hooks/useStrings.ts';
import { LockedNote } from '../components/LockedNote.tsx';
import { Section } from './Section.tsx';
import type { SettingsSectionProps } from './section-props.ts';

/** Site rules: alerts everywhere except listed sites, or only on listed sites; each list editable. */
export function SitesSection({ settings, locked, update }: SettingsSectionProps) {
  const t = useStrings();
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mode = settings.siteMode;
  const field = mode === 'only-listed' ? 'enabledSites' : 'disabledSites';
  const isModeLocked = locked.has('siteMode');
  const isListLocked = locked.has(field);
  const sites = settings[field];
  const add = () => {
    const host = normalizeHostname(draft);
    if (!host) return setError(t('siteInvalid'));
    setError(null);
    setDraft('');
    void update((s) => ({ ...s, [field]: [...new Set([...s[field], host])] }));
  };
  const modes: [SiteMode, string][] = [
    ['all-except', t('siteModeAllExcept')],
    ['only-listed', t('siteModeOnlyListed')],
  ];
  return (
    <Section id="sites" title={t('sitesHeading')}>
      <fieldset>
        <legend>
          {t('siteModeLegend')}
          <LockedNote isLocked={isModeLocked} />
        </legend>
        {modes.map(([m, label]) => (
          <label key={m} class="check">
            <input
              type="radio"
              name="siteMode"
              checked={mode === m}
              disabled={isModeLocked}
              onChange={() => void update((s) => ({ ...s, siteMode: m }))}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <h3 class="field-label">
        {mode === 'only-listed' ? t('sitesWithAlerts') : t('sitesWithoutAlerts')}
        <LockedNote isLocked={isListLocked} />
      </h3>
      {sites.length === 0 && <p class="muted">{t('noSites')}</p>}
      <ul
        class="plain-list"
        aria-label={mode === 'only-listed' ? t('sitesWithAlerts') : t('sitesWithoutAlerts')}
      >
        {sites.map((host) => (
          <li key={host} class="item-row">
            <span class="mono">{host}</span>
            <button
              type="button"
              class="secondary"
              aria-label={t('removeSite', host)}
              disabled={isListLocked}
              onClick={() => void update((s) => ({ ...s, [field]: s[field].filter((h) => h !== host) }))}
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label for={inputId} class="field-label full">
          {t('addSiteLabel')}
        </label>
        <input
          id={inputId}
          type="text"
          value={draft}
          placeholder="intranet.example.com"
          disabled={isListLocked}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" disabled={isListLocked}>
          {t('addSite')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </Section>
  );
}
