import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Translate } from '../../components/error-text';
import type { MessageKey } from '../../components/i18n';

export type Locale = 'vi' | 'en';
export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function loadMessages(locale: Locale): Messages {
  const path = fileURLToPath(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Messages;
}

/**
 * browser.i18n.getMessage as the browsers do it: named $PLACEHOLDERS$ become their content, then
 * $1…$9 the substitutions, $$ a dollar. A missing key throws (the real one would show the key).
 */
export function translator(locale: Locale): Translate {
  const messages = loadMessages(locale);
  return (key: MessageKey, ...substitutions: (string | number)[]) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message "${key}" in ${locale}`);
    const subs = substitutions.map(String);
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
      const placeholder = Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase());
      if (!placeholder) throw new Error(`"${key}" in ${locale} uses the undeclared placeholder ${name}`);
      return placeholder[1].content;
    });
    return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  };
}
