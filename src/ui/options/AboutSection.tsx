import type { ListCatalog, ListStatus } from '../../shared/messages.ts';
import { useExtensionVersion } from '../hooks/useExtension.ts';
import { useStrings } from '../hooks/useStrings.ts';
import { formatCount } from '../components/labels.ts';
import { Section } from './Section.tsx';

export interface AboutSectionProps {
  status: ListStatus | null;
  catalog: ListCatalog | null;
}

/** Version, data sources with their dates and licences, and the lists with their authorities. */
export function AboutSection({ status, catalog }: AboutSectionProps) {
  const t = useStrings();
  const version = useExtensionVersion();
  return (
    <Section id="about" title={t('aboutHeading')} intro={t('aboutIntro')}>
      <dl class="facts">
        <dt>{t('extensionVersion')}</dt>
        <dd>{version}</dd>
        <dt>{t('listVersion')}</dt>
        <dd>{status?.version ?? '—'}</dd>
        <dt>{t('dataDate')}</dt>
        <dd>{status?.dataDate ?? '—'}</dd>
        <dt>{t('feedHash')}</dt>
        <dd class="mono small" data-verbatim>
          {status?.feedHash || '—'}
        </dd>
      </dl>
      <h3 class="field-label">{t('sourcesHeading')}</h3>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t('sourceName')}</th>
              <th>{t('dataDate')}</th>
              <th>{t('records')}</th>
              <th>{t('licence')}</th>
            </tr>
          </thead>
          <tbody>
            {(catalog?.sources ?? []).map((s) => (
              <tr key={s.id}>
                <td class="mono" data-verbatim>
                  {s.id}
                </td>
                <td>{s.dataDate}</td>
                <td>{formatCount(s.records)}</td>
                {s.licence ? <td data-verbatim>{s.licence}</td> : <td>{t('licencePublicDomain')}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 class="field-label">{t('listsCarried')}</h3>
      <ul class="plain-list">
        {(catalog?.lists ?? []).map((l) => (
          <li key={l.id}>
            <span data-verbatim>
              <strong>{l.name}</strong> — {l.authority} ({l.jurisdiction})
            </span>
            {l.url && /^https?:\/\//.test(l.url) && (
              <>
                {' · '}
                <a href={l.url} target="_blank" rel="noreferrer noopener">
                  {t('officialSource')}
                </a>
              </>
            )}
            <p class="muted small" data-verbatim>
              {l.meaningReader}
            </p>
          </li>
        ))}
      </ul>
      <p class="muted small">{t('privacyNote')}</p>
    </Section>
  );
}
