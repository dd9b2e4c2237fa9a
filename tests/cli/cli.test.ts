import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const BDO_TXT = join(SHARED, 'corpus/bdo-horasis-2023.txt');
const BDO_HTML = fileURLToPath(new URL('../fixtures/html/bdo-horasis-2023.html', import.meta.url));
const PODCAST = join(SHARED, 'corpus/html/vnexpress-podcast-not-an-article.html');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('sotay analyze', () => {
  it('prints one JSON object per file with the article fields', async () => {
    const { code, stdout, stderr } = await run('analyze', BDO_HTML, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(out.file).toBe(BDO_HTML);
    expect(out.article).toMatchObject({
      title: 'Kiến tạo cộng đồng thông minh, thu hút đầu tư thế hệ mới',
      byline: 'Ngọc Thanh',
      published: '2023-12-05T08:30:24+07:00',
      lang: 'vi',
    });
    expect(out.url).toMatch(/^https:\/\/baobinhduong\.vn\/.*-a\d+\.html$/);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['summary', 'acronyms', 'quotes']));
    expect(out.article.wordCount).toBeGreaterThan(900);
  });

  it('keeps a .txt article text exactly (NFC), so offsets into it are stable', async () => {
    const { readFileSync } = await import('node:fs');
    const { code, stdout } = await run('analyze', BDO_TXT, '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.article.text).toBe(readFileSync(BDO_TXT, 'utf8').normalize('NFC'));
    expect(out.url).toBeNull();
  });

  it('fills summary, acronyms and quotes with offsets into article.text', async () => {
    const out = JSON.parse((await run('analyze', BDO_TXT, '--json')).stdout);
    const text: string = out.article.text;
    expect(out.summary.length).toBeGreaterThanOrEqual(3);
    for (const s of out.summary) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    const tptm = out.acronyms.find((a: { short: string }) => a.short === 'TPTM');
    expect(tptm).toMatchObject({ long: 'Thành phố thông minh', source: 'text', definedInText: true });
    for (const at of tptm.offsets) expect(text.slice(at, at + 4)).toBe('TPTM');
    expect(out.acronyms.find((a: { short: string }) => a.short === 'UBND')).toMatchObject({ source: 'glossary' });
    const luat = out.quotes.find((q: { speaker: string }) => q.speaker === 'Nguyễn Trọng Luật');
    expect(luat).toMatchObject({ role: 'Tổng Giám đốc Cicor Việt Nam', kind: 'direct' });
    expect(text.slice(luat.start, luat.start + 20)).toBe(luat.text.slice(0, 20));
  });

  it('sets the summary budget with --summary-sentences and --summary-words', async () => {
    const two = JSON.parse((await run('analyze', BDO_TXT, '--json', '--summary-sentences', '2')).stdout);
    expect(two.summary).toHaveLength(2);
    const words = JSON.parse((await run('analyze', BDO_TXT, '--json', '--summary-words', '60')).stdout);
    const total = words.summary.reduce((n: number, s: { text: string }) => n + s.text.split(/\s+/).length, 0);
    expect(total).toBeLessThanOrEqual(60);
    expect(words.summary.length).toBeGreaterThan(0);
  });

  it('uses --url for the article URL', async () => {
    const { stdout } = await run('analyze', BDO_TXT, '--json', '--url', 'https://baobinhduong.vn/x-a1.html?utm_source=zalo');
    expect(JSON.parse(stdout).url).toBe('https://baobinhduong.vn/x-a1.html');
  });

  it('reports a missing file and a non-article on stderr, one line each, and goes on with the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sotay-cli-'));
    const missing = join(dir, 'missing.html');
    const { code, stdout, stderr } = await run('analyze', missing, PODCAST, BDO_HTML, '--json');
    expect(code).toBe(1);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe(`sotay: ${missing}: no such file`);
    expect(errors[1]).toMatch(/not an article/);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('says a page too long to be an article is too large, not that it is no article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sotay-cli-'));
    const huge = join(dir, 'huge.html');
    const paragraph = '<p>Sở Giao thông Vận tải cho biết các tuyến xe buýt mới sẽ kết nối khu đô thị với trung tâm thành phố, giúp người dân giảm thời gian đi lại.</p>';
    writeFileSync(huge, `<!doctype html><html lang="vi"><head><title>Dài</title></head><body><article><h1>Dài</h1>${paragraph.repeat(3_500)}</article></body></html>`);
    const { code, stderr } = await run('analyze', huge, '--json');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`sotay: ${huge}: too large to read as an article (too-large)`);
  });

  it('prints Markdown by default', async () => {
    const { code, stdout } = await run('analyze', BDO_HTML);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Kiến tạo cộng đồng thông minh/);
    expect(stdout).toContain('**Author:** Ngọc Thanh');
  });

  it('names the form an unknown acronym is likely a slip for, in Markdown and JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sotay-cli-'));
    const file = join(dir, 'typo.txt');
    writeFileSync(file, 'Vận động viên giành HCV\n\nĐoàn thể thao giành thêm một HCV và một HVC tại giải, nâng tổng số huy chương lên 12.\n');
    expect((await run('analyze', file)).stdout).toContain('- **HVC**: ? (perhaps a typo for **HCV**: huy chương vàng) ×1');
    const out = JSON.parse((await run('analyze', file, '--json')).stdout.trim());
    expect(out.acronyms.find((a: { short: string }) => a.short === 'HVC').likelyTypoOf).toEqual({ short: 'HCV', long: 'huy chương vàng' });
  });

  it('refuses bad options with usage, exit 2', async () => {
    expect((await run('analyze', BDO_HTML, '--summary-words', 'abc')).code).toBe(2);
    expect((await run('analyze')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'sotay-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    expect((await run('analyze', join(dir, 'empty.txt'), '--json')).code).toBe(1);
  });

  it('runs as `npx sotay` from the repository', () => {
    const r = spawnSync('npx', ['sotay', 'analyze', BDO_TXT, '--json'], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).article.title).toBe('Kiến tạo cộng đồng thông minh, thu hút đầu tư thế hệ mới');
  });
});
