import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { uiLanguage } from '@/components/i18n';
import '@/components/popup.css';

document.documentElement.lang = uiLanguage();
// Ask that the browser not evict the notebook under storage pressure (a window-only API, so the
// pages that show the notebook ask; `unlimitedStorage` already exempts it from quota eviction).
void navigator.storage?.persist?.();
render(<Popup />, document.getElementById('app')!);
