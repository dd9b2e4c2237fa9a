import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, siteKey, toggleSite, type Settings } from '@/lib/settings';
import { loadSettings, saveSettings } from '@/utils/settings';
import { t, type MessageKey } from './i18n';

/** "Underline acronyms: [x] everywhere [x] on this site" — the page listens to the change itself. */
export function DecorationToggle({ feature, host, label }: { feature: keyof Settings; host: string; label: MessageKey }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings).catch(() => setSettings(DEFAULT_SETTINGS));
  }, []);
  if (!settings) return null;
  const current = settings[feature];
  const site = siteKey(host);
  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  return (
    <fieldset class="toggle">
      <legend>
        {t('showOnPage')}: {t(label)}
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
