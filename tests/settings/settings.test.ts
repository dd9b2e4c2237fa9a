import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isOn, toggleSite, withDefaults } from '../../lib/settings';

describe('settings', () => {
  it('turns a feature off on one site, www. or not, and back on', () => {
    const off = toggleSite(DEFAULT_SETTINGS.acronyms, 'www.VnExpress.net', false);
    expect(isOn(off, 'vnexpress.net')).toBe(false);
    expect(isOn(off, 'tuoitre.vn')).toBe(true);
    expect(isOn(toggleSite(off, 'vnexpress.net', true), 'www.vnexpress.net')).toBe(true);
  });

  it('turns a feature off everywhere', () => {
    expect(isOn({ enabled: false, offSites: [] }, 'tuoitre.vn')).toBe(false);
  });

  it('repairs missing or malformed stored values', () => {
    expect(withDefaults(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(withDefaults({ quotes: { enabled: false, offSites: ['a.vn', 3] } })).toEqual({
      acronyms: DEFAULT_SETTINGS.acronyms,
      quotes: { enabled: false, offSites: ['a.vn'] },
    });
  });
});
