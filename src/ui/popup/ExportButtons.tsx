import type { ExportFormat } from '../hooks/useEvidenceExport.ts';
import { useStrings } from '../hooks/useStrings.ts';

export interface ExportButtonsProps {
  disabled: boolean;
  onExport: (format: ExportFormat) => void;
}

/** Evidence export of the current page as JSON, CSV or a printable HTML report. */
export function ExportButtons({ disabled, onExport }: ExportButtonsProps) {
  const t = useStrings();
  return (
    <div class="row" role="group" aria-label={t('exportEvidence')}>
      <button type="button" class="secondary" disabled={disabled} onClick={() => onExport('html')}>
        {t('exportHtml')}
      </button>
      <button type="button" class="secondary" disabled={disabled} onClick={() => onExport('csv')}>
        {t('exportCsv')}
      </button>
      <button type="button" class="secondary" disabled={disabled} onClick={() => onExport('json')}>
        {t('exportJson')}
      </button>
    </div>
  );
}
