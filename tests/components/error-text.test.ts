import { describe, expect, it } from 'vitest';
import { asCsvProblem, errorText, importFailedText, isStorageFull } from '../../components/error-text';
import { decodeUserGlossaryFile, parseUserGlossaryCsv, USER_CSV_ERROR_CODES, type UserCsvError } from '../../lib/acronyms/user-csv';
import { BACKUP_ERROR_CODES, BackupError, readBackup, validateBackup, type RecordProblem } from '../../lib/library/backup-validate';
import { generateSnapshot, mulberry32 } from '../library/gen';
import { translator } from './locale';

const vi = translator('vi');
const en = translator('en');

// ---- Backups ---------------------------------------------------------------------------------

type Rows = Record<string, unknown>[];
const snapshot = generateSnapshot(mulberry32(7), { articles: 2, quotes: 2, highlights: 2, glossary: 2 });
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const TARGET = { acceptedNames: ['sotay'], version: 1 };

/** A valid backup of `snapshot`, changed by `edit` before it is checked. */
function backup(edit: (tables: Record<string, Rows>, json: Record<string, any>) => void = () => {}): unknown {
  const { articles, highlights, quotes, glossary } = snapshot;
  const tables = plain({ articles, highlights, quotes, glossary }) as unknown as Record<string, Rows>;
  const json: Record<string, any> = { formatName: 'dexie', formatVersion: 1, data: { databaseName: 'sotay', databaseVersion: 1 } };
  edit(tables, json);
  json.data.tables ??= Object.entries(tables).map(([name, rows]) => ({ name, schema: 'id', rowCount: rows.length }));
  json.data.data ??= Object.entries(tables).map(([tableName, rows]) => ({ tableName, inbound: true, rows }));
  return json;
}

function refusal(json: unknown): BackupError {
  try {
    validateBackup(json, TARGET);
  } catch (err) {
    if (err instanceof BackupError) return err;
    throw err;
  }
  throw new Error('the backup was accepted');
}

const BACKUP_CASES: [string, () => BackupError | Promise<BackupError>][] = [
  ['not JSON', () => readBackup('{"formatName": "dexie", "data": {', TARGET).then(() => { throw new Error('accepted'); }, (e: BackupError) => e)],
  ['another app', () => refusal({ notes: [] })],
  ['an unknown table', () => refusal(backup((_, j) => { j.data.tables = [{ name: 'passwords', schema: 'id', rowCount: 0 }]; }))],
  ['a newer file format', () => refusal(backup((_, j) => { j.formatVersion = 2; }))],
  ['a newer database', () => refusal(backup((_, j) => { j.data.databaseVersion = 3; }))],
  ['another database', () => refusal(backup((_, j) => { j.data.databaseName = 'other-app'; }))],
  ['a table with rows missing', () => refusal(backup((t, j) => {
    j.data.tables = Object.entries(t).map(([name, rows]) => ({ name, schema: 'id', rowCount: rows.length + (name === 'quotes' ? 1 : 0) }));
  }))],
  ['a table without its rows', () => refusal(backup((t, j) => {
    j.data.data = Object.entries(t).filter(([n]) => n !== 'glossary').map(([tableName, rows]) => ({ tableName, inbound: true, rows }));
  }))],
  ['a record that is not an object', () => refusal(backup((t) => { t.glossary![1] = 'x' as never; }))],
  ['a record without id', () => refusal(backup((t) => { delete t.glossary![1]!.id; }))],
  ['malformed $types', () => refusal(backup((t) => { t.glossary![0]!.$types = 'x'; }))],
  ['an encoded date', () => refusal(backup((t) => { t.glossary![0]!.$types = { note: 'date' }; }))],
  ['a number as text', () => refusal(backup((t) => { t.glossary![1]!.long = 5; }))],
  ['a number as sapo', () => refusal(backup((t) => { t.articles![1]!.sapo = 5; }))],
  ['text as a number', () => refusal(backup((t) => { t.quotes![1]!.start = 'five'; }))],
  ['a tag that is not text', () => refusal(backup((t) => { t.highlights![0]!.tags = [1]; }))],
  ['an unknown colour', () => refusal(backup((t) => { t.highlights![1]!.color = 'purple'; }))],
  ['a javascript: link', () => refusal(backup((t) => { t.articles![0]!.url = 'javascript:alert(1)'; }))],
  ['two articles with one address', () => refusal(backup((t) => { t.articles![1]!.url = t.articles![0]!.url; }))],
];

describe('backup refusals in the reader’s language', () => {
  const refusals = BACKUP_CASES.map(([what, make]) => [what, make] as const);

  it('cover every BackupError code and every record problem', async () => {
    const errors = await Promise.all(refusals.map(([, make]) => make()));
    expect(new Set(errors.map((e) => e.code))).toEqual(new Set(BACKUP_ERROR_CODES));
    const kinds = new Set(errors.flatMap((e) => (e.detail.code === 'bad-record' && 'problem' in e.detail ? [e.detail.problem.kind] : [])));
    const all: Record<RecordProblem['kind'], true> = {
      'not-object': true, missing: true, malformed: true, 'not-text': true, 'not-text-or-null': true, 'not-number': true,
      'not-texts': true, 'not-one-of': true, 'not-web-address': true, 'bad-type': true,
    };
    expect(kinds).toEqual(new Set(Object.keys(all)));
  });

  for (const [what, make] of refusals) {
    it(`says ${what} in English exactly as the CLI does, and in Vietnamese`, async () => {
      const err = await make();
      expect(errorText(err, en)).toBe(err.message);
      const text = errorText(err, vi);
      expect(text).not.toBe(err.message);
      expect(text).toMatch(/^(Tệp này|Bản sao lưu)/);
      // Every number and quoted name of the English message survives: table, record, field, counts.
      for (const particular of err.message.match(/\d+|"[^"]+"|javascript:\S+|https?:\/\/[^\s)]+(?=\.$)/g) ?? []) {
        expect(text).toContain(particular);
      }
    });
  }

  it('names the record and the table in Vietnamese words', () => {
    const err = refusal(backup((t) => { t.highlights![1]!.color = 'purple'; }));
    expect(errorText(err, vi)).toBe(
      'Bản sao lưu bị hỏng: mục thứ 2 của phần đánh dấu và ghi chú ("highlights") không hợp lệ ' +
        '(trường "color" không phải là một trong các giá trị yellow, green, blue, pink).',
    );
    const missing = refusal(backup((t, j) => {
      j.data.tables = Object.entries(t).map(([name, rows]) => ({ name, schema: 'id', rowCount: rows.length + (name === 'quotes' ? 1 : 0) }));
    }));
    expect(errorText(missing, vi)).toBe('Bản sao lưu không đầy đủ: phần trích dẫn ("quotes") lẽ ra có 3 mục nhưng trong tệp có 2 mục.');
  });
});

// ---- Glossary CSV ----------------------------------------------------------------------------

const CSV_CASES: [string, string, RegExp][] = [
  ['short,long,note\nA,B\nC,"mở ngoặc\n', 'unclosed-quote', /^Không nhập được: dòng 3 bị lỗi \(có dấu ngoặc kép mở mà không có dấu đóng\)/],
  ['short,long,note\nA,"B"x,\n', 'stray-quote', /dòng 2 bị lỗi \(có ký tự thừa ngay sau dấu ngoặc kép đóng\)/],
  ['short,note\nA,B\n', 'bad-header', /dòng 1 bị lỗi \(dòng đầu tiên phải là tiêu đề có cột “short” \(hoặc “Viết tắt”\) và cột “long” \(hoặc “Nghĩa”\), mỗi cột một lần, ví dụ: short,long,note\)/],
  ['short,long,note\nUBND,Ủy ban nhân dân\nKCN,khu công nghiệp,,x\n', 'field-count', /dòng 3 bị lỗi \(cần 3 cột nhưng dòng này có 4\)\. Từ điển không thay đổi\.$/],
  ['short,long\nA,B,C\n', 'field-count', /dòng 2 bị lỗi \(cần 2 cột nhưng dòng này có 3\)/],
  ['short,long,note\n ,Ủy ban\n', 'empty-short', /dòng 2 bị lỗi \(thiếu từ viết tắt\)/],
  ['short,long,note\nA,B,"x\ny"\nKCN,\n', 'empty-long', /dòng 4 bị lỗi \(thiếu nghĩa đầy đủ của KCN\)/],
  ['short,long\n"a\nb",x\n', 'not-acronym', /dòng 2 bị lỗi \(“a\nb” không phải là một từ viết tắt\)/],
  ['short,long,note,site\nCP,cổ phiếu,,vnexpress.net/kinh-doanh\n', 'bad-site', /dòng 2 bị lỗi \(“vnexpress\.net\/kinh-doanh” không phải là tên miền của một trang web \(ví dụ: vnexpress\.net\)\)/],
  ['short,long,note,site,page\nTPTM,Thành phố thông minh,,,vnexpress.net/bai-1\n', 'bad-page', /dòng 2 bị lỗi \(“vnexpress\.net\/bai-1” không phải là một địa chỉ web hợp lệ\)/],
  ['short,long,note,site,page\nTPTM,Thành phố thông minh,,vnexpress.net,https://vnexpress.net/bai-1\n', 'site-and-page', /dòng 2 bị lỗi \(mỗi mục chỉ dùng cho một trang web \(cột site\) hoặc một bài báo \(cột page\), không điền cả hai\)/],
  [`short,long\nxin chào các bạn và cả những người khác nữa,Ủy ban\n`, 'too-long', /dòng 2 bị lỗi \(cột “short” dài hơn 40 ký tự\)/],
];

describe('glossary import refusals in the reader’s language', () => {
  it('cover every code the parser returns (csv-syntax is the fallback for other parser errors)', () => {
    const codes = new Set(CSV_CASES.map(([csv]) => (parseUserGlossaryCsv(csv) as UserCsvError).code));
    // not-utf8 is the file's, before parsing, and empty-file names no line: below.
    expect(new Set([...codes, 'csv-syntax', 'not-utf8', 'empty-file'])).toEqual(new Set(USER_CSV_ERROR_CODES));
  });

  it('words an empty file without a line at fault', () => {
    for (const empty of ['', '\uFEFF\r\n,,\r\n', 'sep=;\n']) {
      const refusal = parseUserGlossaryCsv(empty) as UserCsvError;
      expect(refusal).toMatchObject({ ok: false, code: 'empty-file' });
      expect(importFailedText(refusal, vi)).toBe('Không nhập được: tệp trống, không có mục nào. Từ điển không thay đổi.');
      expect(importFailedText(refusal, en)).toBe('Not imported: the file is empty. Your glossary is unchanged.');
    }
  });

  it('words a file that is not UTF-8 with the line of its first undecodable byte', () => {
    const refusal = decodeUserGlossaryFile(new Uint8Array([...new TextEncoder().encode('short,long\nUBND,'), 0x55, 0xd2, 0x79, 0x0a])) as UserCsvError;
    expect(importFailedText(refusal, vi)).toBe('Không nhập được: dòng 2 bị lỗi (tệp không phải văn bản mã UTF-8; trong Excel, hãy chọn Lưu dưới dạng “CSV UTF-8”). Từ điển không thay đổi.');
    expect(importFailedText(refusal, en)).toContain(`(${refusal.message})`);
  });

  for (const [csv, code, vietnamese] of CSV_CASES) {
    it(`words ${code} with its line and particulars (${JSON.stringify(csv)})`, () => {
      const result = parseUserGlossaryCsv(csv);
      expect(result).toMatchObject({ ok: false, code });
      const refusal = result as UserCsvError;
      expect(importFailedText(refusal, vi)).toMatch(vietnamese);
      const english = importFailedText(refusal, en);
      expect(english).toMatch(new RegExp(`^Not imported: line ${refusal.line} is malformed \\([\\s\\S]+\\)\\. Your glossary is unchanged\\.$`));
      // The parser's own codes say in English what the CLI says; Papa's quote errors get clearer words.
      if (!code.endsWith('quote')) expect(english).toContain(`(${refusal.message})`);
    });
  }

  it('words a refusal as the background sends it (structured-cloned, typed without its code)', () => {
    const sent: { ok: false; line: number; message: string } = structuredClone(parseUserGlossaryCsv('short,long\nKCN,khu công nghiệp,x\n') as UserCsvError);
    expect(importFailedText(sent, vi)).toBe('Không nhập được: dòng 2 bị lỗi (cần 2 cột nhưng dòng này có 3). Từ điển không thay đổi.');
  });

  it('does not trust a code without its particulars', () => {
    expect(asCsvProblem({ code: 'field-count', expected: 3 })).toBeNull();
    expect(asCsvProblem({ code: 'no-such-code' })).toBeNull();
    expect(asCsvProblem({ code: 'bad-header' })).toEqual({ code: 'bad-header' });
    expect(importFailedText({ line: 4, message: 'weird' }, vi)).toBe('Không nhập được: dòng 4 bị lỗi (lỗi chưa xác định (chi tiết kỹ thuật: weird)). Từ điển không thay đổi.');
  });
});

// ---- Storage full and unknown errors -----------------------------------------------------------

describe('errors without a code', () => {
  const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  // Dexie wraps the browser's error; the messaging keeps names and own fields but not classes.
  const dexieWrapped = Object.assign(new Error('QuotaExceededError The quota has been exceeded.'), { name: 'AbortError', inner: full });
  const overMessaging = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError', message: 'x' } });
  const bulk = Object.assign(new Error('bulkPut(): 1 of 3 operations failed'), { name: 'BulkError', failures: [{ name: 'QuotaExceededError' }] });

  it('recognise a full storage, bare or wrapped', () => {
    for (const err of [full, dexieWrapped, overMessaging, bulk, { name: 'QuotaExceededError' }]) expect(isStorageFull(err)).toBe(true);
    for (const err of [new Error('QuotaExceededError'), new DOMException('x', 'AbortError'), null, 'QuotaExceededError']) {
      expect(isStorageFull(err)).toBe(false);
    }
  });

  it('say the storage is full, that nothing was lost and what to do', () => {
    for (const err of [full, dexieWrapped, overMessaging, bulk]) {
      expect(errorText(err, vi)).toMatch(/^Bộ nhớ của trình duyệt đã đầy\. Không có gì bị mất.*xóa những bài đã lưu.*sao lưu Sổ\u00a0Tay ra tệp trước/);
      expect(errorText(err, en)).toMatch(/^The browser's storage is full\. Nothing was lost.*delete saved articles.*back Sổ\u00a0Tay up to a file first/);
    }
  });

  it('give any other error a generic sentence with its technical details', () => {
    const constraint = Object.assign(new Error('Key already exists in the object store.'), { name: 'ConstraintError' });
    expect(errorText(constraint, vi)).toBe('Đã xảy ra lỗi ngoài dự kiến (chi tiết kỹ thuật: ConstraintError: Key already exists in the object store.).');
    expect(errorText(new TypeError('x is undefined'), en)).toBe('Something unexpected went wrong (technical details: TypeError: x is undefined).');
    expect(errorText(new Error('boom'), vi)).toBe('Đã xảy ra lỗi ngoài dự kiến (chi tiết kỹ thuật: boom).');
    expect(errorText(undefined, vi)).toBe('Đã xảy ra lỗi ngoài dự kiến.');
    expect(errorText('x'.repeat(1000), en).length).toBeLessThan(400);
  });
});
