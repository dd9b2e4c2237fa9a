import { cleanUrl, hostOf, sameSite } from './url';

/**
 * Who may ask the background what. The extension's own pages (popup, notebook) may do everything;
 * a content script runs inside a web page, so it may only touch the notes of the site it is on.
 */
export class NotAllowed extends Error {}

export interface SenderInfo {
  /** The URL of the frame that sent the message. */
  url?: string;
}

export function isExtensionPage(sender: SenderInfo, extensionOrigin: string): boolean {
  return Boolean(sender.url?.startsWith(extensionOrigin));
}

export function requireExtensionPage(sender: SenderInfo, extensionOrigin: string): void {
  if (!isExtensionPage(sender, extensionOrigin)) throw new NotAllowed('not allowed from a web page');
}

/** A web page may read and write only what belongs to its own site. */
export function requireSameSite(sender: SenderInfo, extensionOrigin: string, url: string | null | undefined): void {
  if (isExtensionPage(sender, extensionOrigin)) return;
  if (!url || !sender.url || !sameSite(url, sender.url)) throw new NotAllowed('not allowed for another site');
}

/** The host without the "www." or "m." a site serves its desktop or mobile pages under. */
function servingHost(url: string | undefined): string | null {
  return hostOf(url)?.replace(/^m\./, '') ?? null;
}

/**
 * The article address a sender may have the reader's corrections for (lib/acronyms UserGlossaryEntry
 * `page`), clean, or null. A web page gets its own host's only: `siteOf` takes every blog of
 * blogspot.com for one site, and one blog must not learn which of another's articles the reader
 * corrected.
 */
export function correctionsPageFor(sender: SenderInfo, extensionOrigin: string, asked: unknown): string | null {
  const page = typeof asked === 'string' ? cleanUrl(asked) : null;
  if (!page || isExtensionPage(sender, extensionOrigin)) return page;
  const host = servingHost(sender.url);
  return host !== null && host === servingHost(page) ? page : null;
}
