import { useStrings } from '../hooks/useStrings.ts';

export interface PageHeaderProps {
  hostname: string | null;
  onOpenOptions: () => void;
}

/** Product name, the site the popup is about, and the way to the settings. */
export function PageHeader({ hostname, onOpenOptions }: PageHeaderProps) {
  const t = useStrings();
  return (
    <header class="popup-header">
      <img src="/icons/icon-32.png" alt="" width={24} height={24} />
      <div class="title">
        <h1>{t('extName')}</h1>
        {hostname && (
          <p class="muted small" data-testid="hostname">
            {hostname}
          </p>
        )}
      </div>
      <button type="button" class="secondary" onClick={onOpenOptions}>
        {t('openSettings')}
      </button>
    </header>
  );
}
