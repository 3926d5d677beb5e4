import { useListStatus } from '../hooks/useListStatus.ts';
import { useSettings } from '../hooks/useSettings.ts';
import { useStrings, type MessageKey } from '../hooks/useStrings.ts';
import { useListCatalog } from '../hooks/useWorkerData.ts';
import { AboutSection } from './AboutSection.tsx';
import { ChangesSection } from './ChangesSection.tsx';
import { DisplaySection } from './DisplaySection.tsx';
import { LanguageSection } from './LanguageSection.tsx';
import { ListsSection } from './ListsSection.tsx';
import { MutedSection } from './MutedSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import { TransferSection } from './TransferSection.tsx';
import { UpdatesSection } from './UpdatesSection.tsx';
import { WatchlistsSection } from './WatchlistsSection.tsx';

const NAV: [string, MessageKey][] = [
  ['lists', 'listsHeading'],
  ['display', 'displayHeading'],
  ['sites', 'sitesHeading'],
  ['muted', 'mutedHeading'],
  ['watchlists', 'watchlistsHeading'],
  ['updates', 'updatesHeading'],
  ['changes', 'changesHeading'],
  ['backup', 'backupHeading'],
  ['language', 'languageHeading'],
  ['about', 'aboutHeading'],
];

/** The options page: every setting, grouped in sections, saved as soon as it changes. */
export function Options() {
  const t = useStrings();
  const { settings, locked, update } = useSettings();
  const listState = useListStatus();
  const { catalog, error } = useListCatalog();
  const props = settings ? { settings, locked, update } : null;
  return (
    <div class="options-layout">
      <nav aria-label={t('optionsNav')}>
        <p class="brand">
          <img src="/icons/icon-32.png" alt="" width={24} height={24} />
          {t('extName')}
        </p>
        <ul>
          {NAV.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options">
        <h1>{t('optionsTitle')}</h1>
        <p class="muted">{t('optionsIntro')}</p>
        {locked.size > 0 && <p class="warn">{t('managedNotice')}</p>}
        {!props && <p class="muted">{t('loading')}</p>}
        {props && (
          <>
            <ListsSection {...props} catalog={catalog} catalogError={error} />
            <DisplaySection {...props} />
            <SitesSection {...props} />
            <MutedSection {...props} />
            <WatchlistsSection {...props} />
            <UpdatesSection {...props} listState={listState} />
            <ChangesSection catalog={catalog} />
            <TransferSection {...props} />
            <LanguageSection {...props} />
          </>
        )}
        <AboutSection status={listState.status} catalog={catalog} />
      </main>
    </div>
  );
}
