import { useId } from 'preact/hooks';
import { UI_LANGUAGE_CHOICES, type UiLanguageChoice } from '../../core/settings/schema.ts';
import { useStrings, type MessageKey } from '../hooks/useStrings.ts';
import { LockedNote } from '../components/LockedNote.tsx';
import { Section } from './Section.tsx';
import type { SettingsSectionProps } from './section-props.ts';

const NAMES: Record<UiLanguageChoice, MessageKey> = {
  auto: 'languageAuto',
  en: 'languageEnglish',
  zh_CN: 'languageChinese',
};

/** The language of every screen and report: the browser's, English or Simplified Chinese. */
export function LanguageSection({ settings, locked, update }: SettingsSectionProps) {
  const t = useStrings();
  const id = useId();
  return (
    <Section id="language" title={t('languageHeading')}>
      <div class="field">
        <label for={id} class="field-label">
          {t('languageLabel')}
          <LockedNote isLocked={locked.has('language')} />
        </label>
        <select
          id={id}
          value={settings.language}
          disabled={locked.has('language')}
          onChange={(e) => {
            const language = e.currentTarget.value as UiLanguageChoice; // read now: currentTarget goes null later
            void update((s) => ({ ...s, language }));
          }}
        >
          {UI_LANGUAGE_CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(NAMES[c])}
            </option>
          ))}
        </select>
      </div>
    </Section>
  );
}
