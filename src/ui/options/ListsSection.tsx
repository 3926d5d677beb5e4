import type { ListCatalog } from '../../shared/messages.ts';
import type { ListDefinition } from '../../core/list/format.ts';
import { listTexts, textLanguage } from '../../core/list/list-texts.ts';
import { uiLanguage, useStrings } from '../hooks/useStrings.ts';
import { LockedNote } from '../components/LockedNote.tsx';
import { entryCountText } from '../components/labels.ts';
import { Checkbox } from './Checkbox.tsx';
import { Section } from './Section.tsx';
import type { SettingsSectionProps } from './section-props.ts';

export interface ListsSectionProps extends SettingsSectionProps {
  catalog: ListCatalog | null;
  catalogError: string | null;
}

/** Region name for an ISO code (also EU, UN), in the UI language. */
function regionName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const toggle = (list: string[], id: string, isOn: boolean) =>
  isOn ? list.filter((x) => x !== id) : [...new Set([...list, id])];

/** Lists and jurisdictions on/off. */
export function ListsSection({ settings, locked, update, catalog, catalogError }: ListsSectionProps) {
  const t = useStrings();
  const byJur = new Map<string, ListDefinition[]>();
  for (const l of catalog?.lists ?? []) byJur.set(l.jurisdiction, [...(byJur.get(l.jurisdiction) ?? []), l]);
  const isListLocked = locked.has('disabledLists');
  const isJurLocked = locked.has('disabledJurisdictions');
  return (
    <Section id="lists" title={t('listsHeading')} intro={t('listsIntro')}>
      {catalogError && <p class="error">{t('catalogUnavailable', catalogError)}</p>}
      {!catalog && !catalogError && <p class="muted">{t('loading')}</p>}
      {[...byJur].map(([jur, lists]) => {
        const isJurOn = !settings.disabledJurisdictions.includes(jur);
        return (
          <fieldset key={jur} class="jurisdiction">
            <legend>
              <Checkbox
                label={t('jurisdictionLabel', regionName(jur), jur)}
                checked={isJurOn}
                disabled={isJurLocked}
                onChange={(on) =>
                  void update((s) => ({
                    ...s,
                    disabledJurisdictions: toggle(s.disabledJurisdictions, jur, on),
                  }))
                }
              />
              <LockedNote isLocked={isJurLocked} />
            </legend>
            {lists.map((l) => (
              <Checkbox
                key={l.id}
                label={<span data-verbatim>{listTexts(l, textLanguage(uiLanguage())).name}</span>}
                hint={
                  <>
                    <span data-verbatim>{l.authority}</span> · {entryCountText(t, catalog?.counts[l.id] ?? 0)}
                  </>
                }
                checked={isJurOn && !settings.disabledLists.includes(l.id)}
                disabled={!isJurOn || isListLocked}
                onChange={(on) =>
                  void update((s) => ({ ...s, disabledLists: toggle(s.disabledLists, l.id, on) }))
                }
              />
            ))}
            {isListLocked && <LockedNote isLocked />}
          </fieldset>
        );
      })}
    </Section>
  );
}
