import { describe, expect, it } from 'vitest';
import { anchor, anchorAll } from '../../lib/anchoring/anchor';
import { describeRange } from '../../lib/anchoring/describe';
import { buildTextMap, squeeze } from '../../lib/anchoring/text-map';
import { parseHtml } from '../../lib/extract/node-dom';

const ARTICLE = `<article>
  <p>Sáng 5-12, tại <a href="/binh-duong">Bình Dương</a>, <b>Diễn đàn Horasis châu Á 2023</b> khai mạc.</p>
  <p>Tỉnh tổ chức phiên chuyên đề đặc biệt về thành phố thông minh và đổi mới sáng tạo.</p>
  <p>Các diễn giả góp ý, đề xuất giải pháp thu hút đầu tư thế hệ mới.</p>
</article>`;
const page = (html: string): Document => parseHtml(`<html><body>${html}</body></html>`);

function select(doc: Document, from: string, to: string): Range {
  const map = buildTextMap(doc.body);
  const start = map.text.indexOf(from);
  const end = map.text.indexOf(to) + to.length;
  const range = doc.createRange();
  const a = map.position(start);
  const b = map.endPosition(end);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

describe('anchor (DOM)', () => {
  it('re-anchors a highlight across a link, bold text and a paragraph break', () => {
    const doc = page(ARTICLE);
    const selectors = describeRange(doc.body, select(doc, 'Dương,', 'phiên chuyên đề'));
    expect(selectors.quote.exact).toBe('Dương, Diễn đàn Horasis châu Á 2023 khai mạc. Tỉnh tổ chức phiên chuyên đề');

    const edited = page(ARTICLE.replace('<article>', '<article><div class="ads">QUẢNG CÁO</div>').replace(/\n\s*/g, ''));
    const hit = anchor(edited.body, selectors);
    expect(hit?.method).toBe('exact');
    expect(hit!.range.startContainer.parentElement?.tagName).toBe('A');
    expect(hit!.range.endContainer.textContent).toContain('Tỉnh tổ chức');
    expect(squeeze(hit!.range.toString().replace('mạc.Tỉnh', 'mạc. Tỉnh'))).toBe(selectors.quote.exact);
  });

  it('anchors on a page whose text nodes are NFD', () => {
    const doc = page(ARTICLE);
    const selectors = describeRange(doc.body, select(doc, 'thành phố', 'sáng tạo'));
    const nfd = page(ARTICLE.normalize('NFD'));
    const hit = anchor(nfd.body, selectors);
    expect(hit?.method).toBe('position');
    expect(hit!.range.toString()).toBe('thành phố thông minh và đổi mới sáng tạo'.normalize('NFD'));
  });

  it('returns null for an orphan and keeps input order in anchorAll', () => {
    const doc = page(ARTICLE);
    const kept = describeRange(doc.body, select(doc, 'đề xuất', 'thế hệ mới'));
    const lost = describeRange(doc.body, select(doc, 'phiên chuyên đề', 'đặc biệt'));
    const edited = page(ARTICLE.replace(/<p>Tỉnh[^<]*<\/p>/, ''));
    const [a, b] = anchorAll(edited.body, [lost, kept]);
    expect(a).toBeNull();
    expect(b?.range.toString()).toBe('đề xuất giải pháp thu hút đầu tư thế hệ mới');
  });

  it('gives the same range as the text-level result mapped through the text map', () => {
    const doc = page(ARTICLE);
    const selectors = describeRange(doc.body, select(doc, 'giải pháp', 'đầu tư'));
    const map = buildTextMap(doc.body);
    const hit = anchor(doc.body, selectors, { map })!;
    expect(map.offsetOf(hit.range.startContainer, hit.range.startOffset)).toBe(selectors.position.start);
    expect(map.offsetOf(hit.range.endContainer, hit.range.endOffset)).toBe(selectors.position.end);
  });
});
