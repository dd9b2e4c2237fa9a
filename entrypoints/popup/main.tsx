import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { uiLanguage } from '@/components/i18n';
import '@/components/popup.css';

document.documentElement.lang = uiLanguage();
render(<Popup />, document.getElementById('app')!);
