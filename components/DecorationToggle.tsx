import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, isOn, siteKey, toggleSite, type Settings } from '@/lib/settings';
import { loadSettings, saveSettings } from '@/utils/settings';
import { t, type MessageKey } from './i18n';

/** The reader's display settings and a way to change them (the page listens to the change itself);
 * null until read. One per tab, shared by its toggle and its notice. */
export interface DecorationSettings {
  settings: Settings;
  update(next: Settings): void;
}

export function useDecorationSettings(): DecorationSettings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings).catch(() => setSettings(DEFAULT_SETTINGS));
  }, []);
  if (!settings) return null;
  return {
    settings,
    update: (next) => {
      setSettings(next);
      void saveSettings(next);
    },
  };
}

interface DecorationProps {
  feature: keyof Settings;
  host: string;
  decoration: DecorationSettings | null;
}

/** What each feature's toggle and notice say. */
const WORDS: Record<keyof Settings, { label: MessageKey; offHere: MessageKey; offEverywhere: MessageKey }> = {
  acronyms: { label: 'underlineAcronyms', offHere: 'acronymsOffHere', offEverywhere: 'acronymsOffEverywhere' },
  quotes: { label: 'highlightQuotes', offHere: 'quotesOffHere', offEverywhere: 'quotesOffEverywhere' },
};

/** "Underline acronyms: [x] everywhere [x] on this site". */
export function DecorationToggle({ feature, host, decoration }: DecorationProps) {
  if (!decoration) return null;
  const { settings, update } = decoration;
  const current = settings[feature];
  const site = siteKey(host);
  return (
    <fieldset class="toggle">
      <legend>
        {t('showOnPage')}: {t(WORDS[feature].label)}
      </legend>
      <label>
        <input
          type="checkbox"
          checked={current.enabled}
          onChange={(e) => update({ ...settings, [feature]: { ...current, enabled: e.currentTarget.checked } })}
        />{' '}
        {t('everywhere')}
      </label>
      {site && (
        <label>
          <input
            type="checkbox"
            checked={current.enabled && !current.offSites.includes(site)}
            disabled={!current.enabled}
            onChange={(e) => update({ ...settings, [feature]: toggleSite(current, site, e.currentTarget.checked) })}
          />{' '}
          {t('onThisSite', site)}
        </label>
      )}
    </fieldset>
  );
}

/**
 * Said at the top of the tab when the page shows nothing of it: the list goes on, and the switch is
 * at the bottom, below every row. Says whether it is off everywhere or on this site, and turns it
 * back on in one click: on this site, and everywhere when it was off everywhere (other sites the
 * reader turned off stay off). The notice goes with its button: the keyboard's focus moves to the
 * tab's panel, not to the page's body.
 */
export function DecorationOff({ feature, host, decoration }: DecorationProps) {
  if (!decoration || !host) return null;
  const { settings, update } = decoration;
  const current = settings[feature];
  if (isOn(current, host)) return null;
  const site = siteKey(host);
  return (
    <p class="notice" role="status">
      {current.enabled ? t(WORDS[feature].offHere, site) : t(WORDS[feature].offEverywhere)}{' '}
      <button
        type="button"
        class="link"
        onClick={(e) => {
          e.currentTarget.closest<HTMLElement>('[role="tabpanel"]')?.focus();
          update({ ...settings, [feature]: toggleSite({ ...current, enabled: true }, site, true) });
        }}
      >
        {t('turnBackOn')}
      </button>
    </p>
  );
}
