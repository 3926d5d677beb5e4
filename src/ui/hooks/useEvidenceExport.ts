// Builds the evidence report in the page and saves it through a Blob URL (no downloads permission needed).
import { useCallback } from 'preact/hooks';
import { browser } from '../../shared/browser.ts';
import type { ListStatus, PageHits } from '../../shared/messages.ts';
import {
  buildCsvReport,
  buildHtmlReport,
  buildJsonReport,
  type EvidenceInput,
} from '../../core/export/index.ts';
import { textLanguage } from '../../core/list/list-texts.ts';
import { reportLabels } from './report-labels.ts';
import { coreTranslate, uiLanguage, type Translate } from './useStrings.ts';

export type ExportFormat = 'json' | 'csv' | 'html';

const MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

/** Saves `text` as a file by clicking a temporary <a download> on a Blob URL. */
export function saveTextFile(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: revoking at once can cancel the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function stamp(d: Date): string {
  return d.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}

/** A `download(format)` for the page's evidence, returning the saved file's name; null inputs make it a no-op. */
export function useEvidenceExport(page: PageHits | null, status: ListStatus | null, t: Translate) {
  return useCallback(
    (format: ExportFormat): string | null => {
      if (!page) return null;
      const now = new Date();
      const input: EvidenceInput = {
        page: { url: page.url, title: page.title, hostname: page.hostname },
        capturedAt: now.toISOString(),
        extension: { name: t('extName'), version: browser.runtime.getManifest().version },
        list: {
          version: status?.version ?? page.listVersion,
          dataDate: status?.dataDate ?? '',
          feedHash: status?.feedHash ?? '',
        },
        hits: page.hits,
        site: page.site ?? null,
        entities: page.entities,
        lists: page.lists,
        language: textLanguage(uiLanguage()),
      };
      const ct = coreTranslate(t);
      const text =
        format === 'html'
          ? buildHtmlReport(input, reportLabels(t), ct, uiLanguage())
          : format === 'csv'
            ? buildCsvReport(input, ct)
            : buildJsonReport(input, ct);
      const host = page.hostname.replace(/[^a-z0-9.-]/gi, '_') || 'page';
      const fileName = `sanctions-lens-${host}-${stamp(now)}.${format}`;
      saveTextFile(text, fileName, MIME[format]);
      return fileName;
    },
    [page, status, t],
  );
}
