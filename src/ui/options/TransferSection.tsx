import { useId, useState } from 'preact/hooks';
import { exportSettingsFile, parseSettingsFile, type ImportError } from '../../core/settings/transfer.ts';
import { saveTextFile } from '../hooks/useEvidenceExport.ts';
import { useStrings, type MessageKey } from '../hooks/useStrings.ts';
import { Section } from './Section.tsx';
import type { SettingsSectionProps } from './section-props.ts';

const ERRORS: Record<ImportError, MessageKey> = {
  'too-large': 'importTooLarge',
  'not-json': 'importNotJson',
  'not-settings': 'importNotSettings',
};

/** Settings export to a JSON file and import from one (validated; locked fields stay as policy sets them). */
export function TransferSection({ settings, locked, update }: SettingsSectionProps) {
  const t = useStrings();
  const fileId = useId();
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseSettingsFile(await file.text());
    if (!result.ok) return setMessage({ isError: true, text: t(ERRORS[result.error], file.name) });
    await update(() => result.settings);
    if (result.ignored.includes('direct-source-url'))
      return setMessage({ isError: true, text: t('importIgnoredDirectUrl') });
    setMessage({ isError: false, text: locked.size ? t('importedWithLocks') : t('imported') });
  };
  const onExport = () => {
    const now = new Date();
    saveTextFile(
      exportSettingsFile(settings, now.toISOString()),
      `sanctions-lens-settings-${now.toISOString().slice(0, 10)}.json`,
      'application/json',
    );
  };
  return (
    <Section id="backup" title={t('backupHeading')} intro={t('backupIntro')}>
      <div class="row">
        <button type="button" onClick={onExport}>
          {t('exportSettings')}
        </button>
      </div>
      <div class="field">
        <label for={fileId} class="field-label">
          {t('importSettings')}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </div>
      {message && (
        <p role={message.isError ? 'alert' : 'status'} class={message.isError ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
    </Section>
  );
}
