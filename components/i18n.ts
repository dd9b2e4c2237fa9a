import { browser } from 'wxt/browser';
import type viMessages from '@/public/_locales/vi/messages.json';

export type MessageKey = keyof typeof viMessages;

/**
 * A UI string in the browser's language (Vietnamese or English; Vietnamese is the default). Numbers
 * are written as that language groups them ("1.409 mới", "1,409 new").
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map((s) => (typeof s === 'number' ? formatNumber(s) : s));
  // getMessage's typed keys come from WXT's i18n module, which we do not use; ours are typed above.
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
  return getMessage(key, subs) || key;
}

export function formatNumber(n: number): string {
  return n.toLocaleString(uiLanguage() === 'vi' ? 'vi-VN' : 'en-GB');
}

export function uiLanguage(): 'vi' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** "05/12/2023, 08:30" / "5 Dec 2023, 08:30", in the time zone the newspaper printed. */
export function formatPublished(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const offset = /([+-])(\d\d):?(\d\d)$/.exec(iso);
  const timeZone = offset ? etcZone(offset) : 'Asia/Ho_Chi_Minh';
  const vi = uiLanguage() === 'vi';
  const day = new Intl.DateTimeFormat(vi ? 'vi-VN' : 'en-GB', {
    day: vi ? '2-digit' : 'numeric',
    month: vi ? '2-digit' : 'short',
    year: 'numeric',
    timeZone,
  }).format(date);
  if (!/T\d/.test(iso)) return day;
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
  return `${day}, ${time}`;
}

function etcZone([, sign, hh, mm]: RegExpExecArray): string {
  if (mm !== '00') return 'UTC';
  const hours = Number(hh);
  if (hours === 0) return 'UTC';
  // Etc/GMT zones have inverted signs: UTC+7 is Etc/GMT-7.
  return `Etc/GMT${sign === '+' ? '-' : '+'}${hours}`;
}
