import { describe, expect, it } from 'vitest';
import { correctionsPageFor, NotAllowed, requireExtensionPage, requireSameSite } from '../../lib/sender-policy';

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

  it('gives a web page the reader\'s corrections for its own host\'s articles only, by clean address', () => {
    const article = 'https://baobinhduong.vn/kien-tao-a312345.html';
    expect(correctionsPageFor(popup, EXT, `${article}?utm_source=zalo#top`)).toBe(article);
    expect(correctionsPageFor(bdoPage, EXT, article)).toBe(article);
    expect(correctionsPageFor({ url: 'https://m.baobinhduong.vn/kien-tao-a312345.html' }, EXT, article)).toBe(article);
    // One blog of a shared host is not another ("siteOf" would take them for one site).
    expect(correctionsPageFor({ url: 'https://evil.blogspot.com/' }, EXT, 'https://reader.blogspot.com/2026/11/a.html')).toBeNull();
    expect(correctionsPageFor(evilPage, EXT, article)).toBeNull();
    expect(correctionsPageFor({}, EXT, article)).toBeNull();
    expect(correctionsPageFor(bdoPage, EXT, 42)).toBeNull();
    expect(correctionsPageFor(popup, EXT, 'javascript:alert(1)')).toBeNull();
  });

  it('is not fooled by an extension URL in the path of a web page', () => {
    expect(() => requireExtensionPage({ url: `https://evil.example/?${EXT}` }, EXT)).toThrow(NotAllowed);
  });
});
