import { useStrings } from '../hooks/useStrings.ts';

export interface LockedNoteProps {
  isLocked: boolean;
}

/** "Set by your organisation" beside a control that policy fixes. */
export function LockedNote({ isLocked }: LockedNoteProps) {
  const t = useStrings();
  if (!isLocked) return null;
  return <span class="locked-note">{t('setByOrganisation')}</span>;
}
