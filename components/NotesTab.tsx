import { t } from './i18n';

export function NotesTab() {
  return <p class="empty">{t('comingNotes')}</p>;
}
