import type { ListCatalog } from '../../shared/messages.ts';
import { countByList, type ChangedListing, type ListChange } from '../../core/update/changes.ts';
import { formatDataDate } from '../../core/update/freshness.ts';
import { saveTextFile } from '../hooks/useEvidenceExport.ts';
import { useListChanges } from '../hooks/useListChanges.ts';
import { uiLanguage, useStrings, type MessageKey } from '../hooks/useStrings.ts';
import { Section } from './Section.tsx';

export interface ChangesSectionProps {
  catalog: ListCatalog | null;
}

/** The popup with its lookup run for this name: the entity's card with every listing. */
const cardUrl = (name: string) => `../popup/index.html?q=${encodeURIComponent(name.slice(0, 200))}`;

function Items({
  items,
  what,
  label,
}: {
  items: ChangedListing[];
  what: MessageKey;
  label: (id: string) => string;
}) {
  const t = useStrings();
  return (
    <>
      {items.map((l) => (
        <li key={`${what}:${l.entityId}:${l.list}`}>
          <a href={cardUrl(l.name)} target="_blank" rel="noopener">
            {l.name}
          </a>{' '}
          <span class="muted">{t(what, label(l.list))}</span>
        </li>
      ))}
    </>
  );
}

function Change({ change, label }: { change: ListChange; label: (id: string) => string }) {
  const t = useStrings();
  const day = formatDataDate(new Date(change.at).toISOString().slice(0, 10), uiLanguage());
  return (
    <article class="change" data-testid="change">
      <h3>{t('changesSince', day)}</h3>
      <ul>
        {countByList(change).map((r) => (
          <li key={r.list}>{t('changesLine', label(r.list), r.added, r.removed, r.changed)}</li>
        ))}
      </ul>
      <details>
        <summary>{t('changesDetails')}</summary>
        <ul class="change-items">
          <Items items={change.listingsAdded} what="changeAdded" label={label} />
          <Items items={change.statusChanged} what="changeStatus" label={label} />
          <Items items={change.listingsRemoved} what="changeRemoved" label={label} />
        </ul>
      </details>
    </article>
  );
}

/** "What changed": the last updates' new, removed and changed listings, each opening its card; JSON export. */
export function ChangesSection({ catalog }: ChangesSectionProps) {
  const t = useStrings();
  const changes = useListChanges();
  const names = new Map((catalog?.lists ?? []).map((l) => [l.id, l.name]));
  const label = (id: string) => names.get(id) ?? id;
  const onExport = () =>
    saveTextFile(
      `${JSON.stringify({ format: 'sanctions-lens-changes', changes }, null, 2)}\n`,
      `sanctions-lens-changes-${new Date().toISOString().slice(0, 10)}.json`,
      'application/json',
    );
  return (
    <Section id="changes" title={t('changesHeading')} intro={t('changesIntro')}>
      {changes === null && <p class="muted">{t('loading')}</p>}
      {changes?.length === 0 && <p class="muted">{t('changesNone')}</p>}
      {changes?.map((c) => (
        <Change key={c.at} change={c} label={label} />
      ))}
      <div class="row">
        <button type="button" onClick={onExport} disabled={!changes?.length}>
          {t('exportChanges')}
        </button>
      </div>
    </Section>
  );
}
