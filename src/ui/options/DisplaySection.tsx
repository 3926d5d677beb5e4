import { useId } from 'preact/hooks';
import type { EntryKind } from '../../core/list/format.ts';
import type { Confidence } from '../../core/match/types.ts';
import { useStrings, type MessageKey } from '../hooks/useStrings.ts';
import { LockedNote } from '../components/LockedNote.tsx';
import { Checkbox } from './Checkbox.tsx';
import { Section } from './Section.tsx';
import type { SettingsSectionProps } from './section-props.ts';

const KINDS: [EntryKind, MessageKey][] = [
  ['company', 'kindCompany'],
  ['organization', 'kindOrganization'],
  ['app', 'kindApp'],
  ['product', 'kindProduct'],
  ['person', 'kindPerson'],
  ['vessel', 'kindVessel'],
  ['aircraft', 'kindAircraft'],
];

const LEVELS: [Confidence, MessageKey][] = [
  ['confirmed', 'confidenceOnlyConfirmed'],
  ['likely', 'confidenceUpToLikely'],
  ['possible', 'confidenceUpToPossible'],
];

/** Entity kinds, confidence shown and badge density. */
export function DisplaySection({ settings, locked, update }: SettingsSectionProps) {
  const t = useStrings();
  const densityId = useId();
  const isDensityLocked = locked.has('badgesPerEntity');
  return (
    <Section id="display" title={t('displayHeading')}>
      <fieldset>
        <legend>
          {t('kindsLegend')}
          <LockedNote isLocked={locked.has('kinds')} />
        </legend>
        <p class="hint">{t('kindsHint')}</p>
        {KINDS.map(([k, key]) => (
          <Checkbox
            key={k}
            label={t(key)}
            checked={settings.kinds[k]}
            disabled={locked.has('kinds')}
            onChange={(on) => void update((s) => ({ ...s, kinds: { ...s.kinds, [k]: on } }))}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>
          {t('confidenceLegend')}
          <LockedNote isLocked={locked.has('minConfidence')} />
        </legend>
        {LEVELS.map(([level, key]) => (
          <label key={level} class="check">
            <input
              type="radio"
              name="minConfidence"
              value={level}
              checked={settings.minConfidence === level}
              disabled={locked.has('minConfidence')}
              onChange={() => void update((s) => ({ ...s, minConfidence: level }))}
            />
            <span>{t(key)}</span>
          </label>
        ))}
        <p class="hint">{t('confidenceHint')}</p>
      </fieldset>
      <div class="field">
        <label for={densityId} class="field-label">
          {t('badgesPerEntity')}
          <LockedNote isLocked={isDensityLocked} />
        </label>
        <input
          id={densityId}
          type="number"
          min={1}
          max={50}
          step={1}
          value={settings.badgesPerEntity}
          disabled={isDensityLocked}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            if (Number.isInteger(n) && n >= 1 && n <= 50) void update((s) => ({ ...s, badgesPerEntity: n }));
            else e.currentTarget.value = String(settings.badgesPerEntity);
          }}
        />
        <p class="hint">{t('badgesPerEntityHint')}</p>
      </div>
    </Section>
  );
}
