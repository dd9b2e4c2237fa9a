import { describe, expect, it } from 'vitest';
import { NotAllowed, requireExtensionPage, requireSameSite } from '../../lib/sender-policy';

const EXT = 'chrome-extension://abcdef/';
const popup = { url: `${EXT}popup.html?tab=3` };
const bdoPage = { url: 'http://baobinhduong.vn/kien-tao-a312345.html#binh-luan' };
const evilPage = { url: 'https://evil.example/x' };

describe('sender policy', () => {
  it('lets the extension’s pages do everything', () => {
    expect(() => requireExtensionPage(popup, EXT)).not.toThrow();
    expect(() => requireSameSite(popup, EXT, 'https://vnexpress.net/a')).not.toThrow();
  });

  it('keeps web pages to their own site and away from the glossary and saved articles', () => {
    expect(() => requireExtensionPage(bdoPage, EXT)).toThrow(NotAllowed);
    expect(() => requireSameSite(bdoPage, EXT, 'https://baobinhduong.vn/kien-tao-a312345.html')).not.toThrow();
    expect(() => requireSameSite(evilPage, EXT, 'https://baobinhduong.vn/kien-tao-a312345.html')).toThrow(NotAllowed);
    expect(() => requireSameSite(bdoPage, EXT, null)).toThrow(NotAllowed);
    expect(() => requireSameSite({}, EXT, 'https://baobinhduong.vn/')).toThrow(NotAllowed);
  });

  it('is not fooled by an extension URL in the path of a web page', () => {
    expect(() => requireExtensionPage({ url: `https://evil.example/?${EXT}` }, EXT)).toThrow(NotAllowed);
  });
});
