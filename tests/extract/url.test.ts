import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanUrl, isSiteName, sameSite, siteOf } from '../../lib/url';
import { parseHtml } from '../../lib/extract/node-dom';

describe('cleanUrl / canonicalUrl(string)', () => {
  it.each([
    [
      'https://BaoBinhDuong.vn/kien-tao-a312345.html?utm_source=facebook&utm_medium=social&fbclid=IwAR0abc#comments',
      'https://baobinhduong.vn/kien-tao-a312345.html',
    ],
    ['https://tuoitre.vn/bai-viet-2023.htm?zarsrc=30&gidzl=abcDEF&utm_campaign=x', 'https://tuoitre.vn/bai-viet-2023.htm'],
    ['https://vnexpress.net/a-123.html?gclid=xyz&id=5&vn_source=zalo', 'https://vnexpress.net/a-123.html?id=5'],
    ['https://example.vn:443/path?page=2&_ga=1.2.3', 'https://example.vn/path?page=2'],
    ['http://example.vn/a?b=1#top', 'http://example.vn/a?b=1'],
  ])('%s → %s', (raw, want) => expect(canonicalUrl(raw)).toBe(want));

  it('rejects non-web URLs and garbage', () => {
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
    expect(cleanUrl('not a url')).toBeNull();
    expect(canonicalUrl('/relative/path')).toBeNull();
    expect(canonicalUrl('/relative/path?utm_source=x', 'https://Example.vn/a')).toBe('https://example.vn/relative/path');
  });
});

describe('canonicalUrl(document)', () => {
  const page = (head: string): Document => parseHtml(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`);

  it('prefers link rel=canonical, then og:url, then the page URL', () => {
    expect(canonicalUrl(page('<link rel="canonical" href="https://a.vn/x.html?utm_source=y"><meta property="og:url" content="https://a.vn/og.html">'), 'https://a.vn/x.html?fbclid=1')).toBe('https://a.vn/x.html');
    expect(canonicalUrl(page('<meta property="og:url" content="https://a.vn/og.html#top">'), null)).toBe('https://a.vn/og.html');
    expect(canonicalUrl(page(''), 'https://a.vn/page.html?zarsrc=1')).toBe('https://a.vn/page.html');
    expect(canonicalUrl(page(''), null)).toBeNull();
  });

  it('resolves a relative canonical and ignores one pointing at the home page', () => {
    expect(canonicalUrl(page('<link rel="canonical" href="/bai-viet-a1.html">'), 'https://a.vn/bai-viet-a1.html?utm_medium=x')).toBe('https://a.vn/bai-viet-a1.html');
    expect(canonicalUrl(page('<link rel="canonical" href="https://a.vn/">'), 'https://a.vn/bai-viet-a1.html')).toBe('https://a.vn/bai-viet-a1.html');
  });
});

describe('site checks', () => {
  it('groups subdomains and www. into one site, and knows three-label Vietnamese suffixes', () => {
    expect(siteOf('https://m.vnexpress.net/a')).toBe('vnexpress.net');
    expect(siteOf('https://www.nld.com.vn/a')).toBe('nld.com.vn');
    expect(siteOf('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
    expect(sameSite('https://vnexpress.net/a', 'http://www.vnexpress.net/b')).toBe(true);
    expect(sameSite('https://nld.com.vn/a', 'https://thanhnien.com.vn/b')).toBe(false);
  });

  it('tells a site name as siteOf writes one from an address or a typo', () => {
    for (const url of ['https://m.vnexpress.net/a', 'https://www.nld.com.vn/a', 'http://127.0.0.1:8080/a', 'http://localhost/']) {
      expect(isSiteName(siteOf(url) ?? '')).toBe(true);
    }
    for (const bad of ['https://cafef.vn', 'cafef.vn/tin', 'CafeF.vn', 'cafef..vn', '-cafef.vn', 'cafef.vn.', '']) expect(isSiteName(bad)).toBe(false);
  });

  it('ignores a canonical URL on another site', () => {
    const doc = parseHtml(
      '<html><head><link rel="canonical" href="https://baobinhduong.vn/kien-tao-a312345.html"></head><body></body></html>',
      'https://evil.example/kien-tao.html',
    );
    expect(canonicalUrl(doc, 'https://evil.example/kien-tao.html?utm_source=x')).toBe('https://evil.example/kien-tao.html');
  });
});
