import { pageHitsState } from '../../core/page/popup-summary.ts';
import {
  areAlertsActive,
  isSiteEnabled,
  pauseUntil,
  setSiteEnabled,
} from '../../core/settings/site-rules.ts';
import { useEvidenceExport } from '../hooks/useEvidenceExport.ts';
import { useListStatus } from '../hooks/useListStatus.ts';
import { useOpenOptions } from '../hooks/useExtension.ts';
import { usePageHits } from '../hooks/usePageHits.ts';
import { useSettings } from '../hooks/useSettings.ts';
import { useStrings } from '../hooks/useStrings.ts';
import { ListStatusPanel } from '../components/ListStatusPanel.tsx';
import { LookupPanel } from '../components/LookupPanel.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { HitList } from './HitList.tsx';
import { PageHeader } from './PageHeader.tsx';
import { PauseControl } from './PauseControl.tsx';
import { SiteSwitch } from './SiteSwitch.tsx';

export interface PopupProps {
  /** `?q=` from the context menu: run this lookup first. */
  initialQuery: string;
}

/** The toolbar popup: this page's hits, site switch, pause, evidence export, lookup and list status. */
export function Popup({ initialQuery }: PopupProps) {
  const t = useStrings();
  const { state, focus } = usePageHits();
  const { settings, locked, update } = useSettings();
  const listState = useListStatus();
  const openOptions = useOpenOptions();
  const page = state.kind === 'ready' ? state.page : null;
  const download = useEvidenceExport(page, listState.status, t);
  const now = Date.now();
  const isSiteLocked = locked.has('disabledSites') || locked.has('enabledSites') || locked.has('siteMode');
  const isSiteOn = settings && page ? isSiteEnabled(settings, page.hostname) : false;
  const entityCount = page ? new Set(page.hits.map((h) => h.entityId)).size : 0;
  const isActive = !!page && page.isActive && (!settings || areAlertsActive(settings, page.hostname, now));
  const hitsState = page ? pageHitsState(isActive, entityCount, !!page.site) : null;
  const lookup = (
    <section aria-labelledby="h-lookup">
      {/* The visible "Search the lists" label says it already; the heading stays for navigation by headings. */}
      <h2 id="h-lookup" class="visually-hidden">
        {t('lookupHeading')}
      </h2>
      <LookupPanel initialQuery={initialQuery} />
    </section>
  );
  return (
    <main class="popup">
      <PageHeader hostname={page?.hostname ?? null} onOpenOptions={openOptions} />
      {initialQuery && lookup}
      <section aria-labelledby="h-site" class="controls">
        <h2 id="h-site" class="visually-hidden">
          {t('alertsHeading')}
        </h2>
        <SiteSwitch
          isOn={isSiteOn}
          disabled={!page || !settings || isSiteLocked}
          hint={!page ? t('pageUnavailableShort') : isSiteLocked ? t('setByOrganisation') : undefined}
          onChange={(on) => page && void update((s) => setSiteEnabled(s, page.hostname, on))}
        />
        {settings && (
          <PauseControl
            pausedUntil={settings.pausedUntil}
            now={now}
            disabled={locked.has('pausedUntil')}
            onPause={(c) => void update((s) => ({ ...s, pausedUntil: pauseUntil(c, Date.now()) }))}
            onResume={() => void update((s) => ({ ...s, pausedUntil: 0 }))}
          />
        )}
      </section>
      <section aria-labelledby="h-page" class="page-hits">
        <h2 id="h-page">
          {t('onThisPage')}
          {hitsState && hitsState !== 'off' && <span class="count">{entityCount}</span>}
        </h2>
        {state.kind === 'loading' && <p class="muted">{t('loading')}</p>}
        {state.kind === 'unavailable' && <p class="muted">{t('pageUnavailable')}</p>}
        {hitsState === 'off' && (
          <p class="warn small" data-testid="alerts-off">
            {t('alertsOffNote')}
          </p>
        )}
        {page && hitsState !== 'off' && <HitList page={page} onFocus={(id) => void focus(id)} />}
        <h3 class="field-label">{t('exportEvidence')}</h3>
        <ExportButtons disabled={!page} onExport={download} />
      </section>
      {!initialQuery && lookup}
      <section aria-labelledby="h-list" class="list">
        <h2 id="h-list">{t('listHeading')}</h2>
        <ListStatusPanel state={listState} isCompact changesHref="../options/index.html#changes" />
      </section>
    </main>
  );
}
