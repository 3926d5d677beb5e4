import { useState } from 'preact/hooks';
import type { ExportFormat } from '../hooks/useEvidenceExport.ts';
import { useStrings, type MessageKey } from '../hooks/useStrings.ts';

export interface ExportButtonsProps {
  disabled: boolean;
  /** Saves the report; returns the file name it was saved under (null when there was nothing to save). */
  onExport: (format: ExportFormat) => string | null;
}

const BUTTONS: [ExportFormat, MessageKey][] = [
  ['html', 'exportHtml'],
  ['csv', 'exportCsv'],
  ['json', 'exportJson'],
];

/** Evidence export of the current page as a printable HTML report, CSV or JSON, then says where it went. */
export function ExportButtons({ disabled, onExport }: ExportButtonsProps) {
  const t = useStrings();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <div class="row" role="group" aria-label={t('exportEvidence')}>
        {BUTTONS.map(([format, key]) => (
          <button
            key={format}
            type="button"
            class="secondary"
            data-format={format}
            disabled={disabled}
            onClick={() => setSaved(onExport(format))}
          >
            {t(key)}
          </button>
        ))}
      </div>
      {/* A live region: the save happens without a browser prompt, so this line is the only confirmation. */}
      <p class="muted small" role="status" data-testid="export-saved">
        {saved ? t('exportSaved', saved) : ''}
      </p>
    </>
  );
}
