/** The reader's display choices; decorations can be turned off everywhere or on one site. */
export interface Settings {
  acronyms: FeatureSetting;
  quotes: FeatureSetting;
}

export interface FeatureSetting {
  enabled: boolean;
  /** Hostnames (without www.) where the feature is off. */
  offSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  acronyms: { enabled: true, offSites: [] },
  quotes: { enabled: true, offSites: [] },
};

export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isOn(feature: FeatureSetting, hostname: string): boolean {
  return feature.enabled && !feature.offSites.includes(siteKey(hostname));
}

/** Fills what an older or partial stored value lacks. */
export function withDefaults(stored: unknown): Settings {
  const s = (stored ?? {}) as Partial<Record<keyof Settings, Partial<FeatureSetting>>>;
  const feature = (f: Partial<FeatureSetting> | undefined, d: FeatureSetting): FeatureSetting => ({
    enabled: typeof f?.enabled === 'boolean' ? f.enabled : d.enabled,
    offSites: Array.isArray(f?.offSites) ? f.offSites.filter((x): x is string => typeof x === 'string') : d.offSites,
  });
  return { acronyms: feature(s.acronyms, DEFAULT_SETTINGS.acronyms), quotes: feature(s.quotes, DEFAULT_SETTINGS.quotes) };
}

export function toggleSite(feature: FeatureSetting, hostname: string, on: boolean): FeatureSetting {
  const key = siteKey(hostname);
  const rest = feature.offSites.filter((h) => h !== key);
  return { ...feature, offSites: on ? rest : [...rest, key] };
}
