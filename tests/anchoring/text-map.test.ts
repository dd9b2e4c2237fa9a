import { describe, expect, it } from 'vitest';
import { buildTextMap, squeeze } from '../../lib/anchoring/text-map';
import { parseHtml } from '../../lib/extract/node-dom';

const body = (html: string): HTMLElement => parseHtml(`<html><body>${html}</body></html>`).body as HTMLElement;

describe('buildTextMap', () => {
  it('squeezes whitespace runs, including line wrapping and no-break spaces', () => {
    const map = buildTextMap(body('<p>  Kiến   tạo\n\t cộng&nbsp;đồng  </p>'));
    expect(map.text).toBe('Kiến tạo cộng đồng ');
  });

  it('separates blocks that have no whitespace between them in the HTML', () => {
    expect(buildTextMap(body('<p>Một.</p><p>Hai.</p><ul><li>Ba</li><li>Bốn</li></ul>Năm<br>Sáu')).text).toBe('Một. Hai. Ba Bốn Năm Sáu');
  });

  it('does not split words at inline elements such as links and bold', () => {
    expect(buildTextMap(body('<p>Bình <a href="#">Dư</a><b>ơng</b> mới</p>')).text).toBe('Bình Dương mới');
  });

  it('skips script, style and hidden content', () => {
    const map = buildTextMap(body('<p>A</p><script>var x = 1;</script><style>p{}</style><div hidden>ẩn</div><p>B</p>'));
    expect(map.text).toBe('A B');
  });

  it('normalizes NFD text to NFC and maps positions back to the decomposed characters', () => {
    const nfd = 'Việt Nam'.normalize('NFD');
    const root = body(`<p>${nfd}</p>`);
    const map = buildTextMap(root);
    expect(map.text).toBe('Việt Nam');
    const node = root.querySelector('p')!.firstChild as Text;
    // "ệ" is three code units in NFD: its start and end map to both sides of the cluster.
    expect(map.position(2)).toEqual({ node, offset: 2 });
    expect(map.endPosition(3)).toEqual({ node, offset: 5 });
    expect(map.offsetOf(node, 5)).toBe(3);
  });

  it('maps text offsets to DOM positions and back across element boundaries', () => {
    const root = body('<p>Tỉnh <b>Bình Dương</b> đầu tư</p><p>Đoạn hai</p>');
    const map = buildTextMap(root);
    const at = map.text.indexOf('Dương');
    const pos = map.position(at);
    expect(pos.node.data).toBe('Bình Dương');
    expect(pos.offset).toBe(5);
    expect(map.offsetOf(pos.node, pos.offset)).toBe(at);
    const end = map.endPosition(map.text.indexOf('hai') + 3);
    expect(end.node.data).toBe('Đoạn hai');
    expect(end.offset).toBe(8);
    // Element boundary points count the text before them.
    const p2 = root.querySelectorAll('p')[1]!;
    expect(map.offsetOf(p2, 0)).toBe(map.text.indexOf('Đoạn') - 1);
    expect(map.offsetOf(root, root.childNodes.length)).toBe(map.text.length);
  });

  it('squeeze matches the map on the same text', () => {
    expect(squeeze('  a \n b\u00a0c ')).toBe('a b c');
  });
});
