import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { t, uiLanguage } from '@/components/i18n';
import '@/components/popup.css';
import '@/components/library/library.css';

document.documentElement.lang = uiLanguage();
// Ask that the browser not evict the notebook under storage pressure (a window-only API, so the
// pages that show the notebook ask; `unlimitedStorage` already exempts it from quota eviction).
void navigator.storage?.persist?.();
document.title = t('libraryTitle');
render(<LibraryApp />, document.getElementById('app')!);
