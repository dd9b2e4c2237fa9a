import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { t, uiLanguage } from '@/components/i18n';
import '@/components/popup.css';
import '@/components/library/library.css';

document.documentElement.lang = uiLanguage();
document.title = t('libraryTitle');
render(<LibraryApp />, document.getElementById('app')!);
