import { useStrings } from '../hooks/useStrings.ts';
import { useEntityNames } from '../hooks/useWorkerData.ts';
import { LockedNote } from '../components/LockedNote.tsx';
import { Section } from './Section.tsx';
import type { SettingsSectionProps } from './section-props.ts';

/** Names the user muted from a badge card ("Not this company"), with unmute. */
export function MutedSection({ settings, locked, update }: SettingsSectionProps) {
  const t = useStrings();
  const muted = settings.mutedEntities;
  const names = useEntityNames([...new Set(muted.map((m) => m.entityId))]);
  const isLocked = locked.has('mutedEntities');
  return (
    <Section id="muted" title={t('mutedHeading')} intro={t('mutedIntro')}>
      <LockedNote isLocked={isLocked} />
      {muted.length === 0 && <p class="muted">{t('noMuted')}</p>}
      <ul class="plain-list">
        {muted.map((m) => {
          const name = names.get(m.entityId) ?? m.entityId;
          return (
            <li key={`${m.entityId}@${m.site}`} class="item-row">
              <span>
                <strong>{name}</strong>
                <span class="muted small block">
                  {m.site === '*' ? t('mutedEverywhere') : t('mutedOnSite', m.site)}
                </span>
              </span>
              <button
                type="button"
                class="secondary"
                aria-label={t('unmuteName', name)}
                disabled={isLocked}
                onClick={() =>
                  void update((s) => ({
                    ...s,
                    mutedEntities: s.mutedEntities.filter(
                      (x) => x.entityId !== m.entityId || x.site !== m.site,
                    ),
                  }))
                }
              >
                {t('unmute')}
              </button>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
