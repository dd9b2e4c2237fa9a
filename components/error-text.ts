/**
 * Every error a reader sees, in the UI language. lib/ refuses with English messages (the CLI, the
 * logs) plus a code and its particulars; this module turns those into localized sentences with the
 * same precision (which line, which table, which record, what is wrong). Errors without a code,
 * from the browser or Dexie, get a localized generic sentence, except a full storage, which gets
 * its own message saying what to do.
 *
 * Relative imports on purpose: the unit tests load this module in Node, where `@/` is not mapped.
 */
import { USER_CSV_ERROR_CODES, type UserCsvProblem } from '../lib/acronyms/user-csv';
import {
  BACKUP_ERROR_CODES,
  type BackupError,
  type BackupErrorDetail,
  type BackupTable,
  type RecordProblem,
} from '../lib/library/backup-validate';
import { t, type MessageKey } from './i18n';

/** `t`, or in tests a stand-in that reads a given locale's messages.json. */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** The reason something failed, as a sentence for frames such as saveFailed, restoreFailed or readFailed. */
export function errorText(err: unknown, tr: Translate = t): string {
  if (isStorageFull(err)) return tr('errorStorageFull');
  if (isBackupError(err)) return backupErrorText(err.detail, tr);
  const detail = technicalDetail(err);
  return detail ? tr('errorUnexpected', detail) : tr('errorUnexpectedBare');
}

/**
 * The browser refused to write because its storage (the extension's quota) is full: a DOMException
 * named QuotaExceededError, or Dexie's error wrapping one (in `inner`, `cause`, or the `failures`
 * of a bulk write). Also holds after the error crossed the messaging, which keeps names and fields.
 */
export function isStorageFull(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 4) return false;
  const e = err as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  const failures = e.failures && typeof e.failures === 'object' ? Object.values(e.failures as object) : [];
  return [e.inner, e.cause, ...failures].some((inner) => isStorageFull(inner, depth + 1));
}

// ---- Backups ---------------------------------------------------------------------------------

const BACKUP_CODES: readonly string[] = BACKUP_ERROR_CODES;

/** A BackupError, also when it is not this realm's class (the fields are what count). */
function isBackupError(err: unknown): err is Pick<BackupError, 'detail'> {
  if (typeof err !== 'object' || err === null) return false;
  const { name, detail } = err as { name?: unknown; detail?: { code?: unknown } };
  return name === 'BackupError' && typeof detail?.code === 'string' && BACKUP_CODES.includes(detail.code);
}

const TABLE_KEYS: Record<BackupTable, MessageKey> = {
  articles: 'backupTableArticles',
  highlights: 'backupTableHighlights',
  quotes: 'backupTableQuotes',
  glossary: 'backupTableGlossary',
};

/** Why a backup file was refused, e.g. "Bản sao lưu bị hỏng: mục thứ 3 của phần bài báo (…) không hợp lệ (…)." */
export function backupErrorText(detail: BackupErrorDetail, tr: Translate = t): string {
  switch (detail.code) {
    case 'not-json':
      return tr('backupNotJson');
    case 'foreign':
      return detail.unknownTable === undefined ? tr('backupForeign') : tr('backupUnknownTable', detail.unknownTable);
    case 'future-version':
      return detail.version === undefined || detail.supported === undefined
        ? tr('backupNewerFormat')
        : tr('backupNewerDatabase', detail.version, detail.supported);
    case 'wrong-database':
      return tr('backupWrongDatabase', detail.databaseName);
    case 'truncated': {
      const table = tr(TABLE_KEYS[detail.table]);
      return 'missing' in detail
        ? tr('backupTruncatedMissing', table)
        : tr('backupTruncatedCount', table, detail.expected, detail.found);
    }
    case 'bad-record':
      return 'duplicateUrl' in detail
        ? tr('backupDuplicateUrl', detail.duplicateUrl)
        : tr('backupBadRecord', detail.record, tr(TABLE_KEYS[detail.table]), recordProblemSentence(detail.problem, tr));
  }
}

function recordProblemSentence(p: RecordProblem, tr: Translate): string {
  switch (p.kind) {
    case 'not-object':
      return tr('problemNotObject');
    case 'missing':
      return tr('problemMissing', p.field);
    case 'malformed':
      return tr('problemMalformed', p.field);
    case 'not-text':
      return tr('problemNotText', p.field);
    case 'not-text-or-null':
      return tr('problemNotTextOrNull', p.field);
    case 'not-number':
      return tr('problemNotNumber', p.field);
    case 'not-texts':
      return tr('problemNotTexts', p.field);
    case 'not-one-of':
      return tr('problemNotOneOf', p.field, p.values.join(', '));
    case 'not-web-address':
      return tr('problemNotWebAddress', p.field);
    case 'bad-type':
      return tr('problemBadType', p.field, p.type);
  }
}

// ---- Glossary CSV ----------------------------------------------------------------------------

const CSV_CODES: readonly string[] = USER_CSV_ERROR_CODES;

/**
 * The problem of a refused glossary import, checked field by field (it comes from the background
 * through the messaging); null when it carries no known code.
 */
export function asCsvProblem(v: unknown): UserCsvProblem | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const code = o.code;
  if (typeof code !== 'string' || !CSV_CODES.includes(code)) return null;
  switch (code) {
    case 'csv-syntax':
      return typeof o.detail === 'string' ? { code, detail: o.detail } : null;
    case 'field-count':
      return typeof o.expected === 'number' && typeof o.found === 'number' ? { code, expected: o.expected, found: o.found } : null;
    case 'empty-long':
    case 'not-acronym':
      return typeof o.short === 'string' ? { code, short: o.short } : null;
    case 'bad-site':
      return typeof o.site === 'string' ? { code, site: o.site } : null;
    case 'bad-page':
      return typeof o.page === 'string' ? { code, page: o.page } : null;
    case 'too-long':
      return (o.field === 'short' || o.field === 'long' || o.field === 'note' || o.field === 'page') && typeof o.limit === 'number' ? { code, field: o.field, limit: o.limit } : null;
    default:
      return { code } as UserCsvProblem;
  }
}

/** What is wrong with one line of a glossary CSV, as a clause (it goes inside importFailed). */
export function csvProblemText(p: UserCsvProblem, tr: Translate = t): string {
  switch (p.code) {
    case 'unclosed-quote':
      return tr('csvUnclosedQuote');
    case 'stray-quote':
      return tr('csvStrayQuote');
    case 'csv-syntax':
      return tr('csvSyntax', p.detail);
    case 'bad-header':
      return tr('csvBadHeader');
    case 'field-count':
      return tr('csvFieldCount', p.expected, p.found);
    case 'empty-short':
      return tr('csvEmptyShort');
    case 'empty-long':
      return tr('csvEmptyLong', p.short);
    case 'not-acronym':
      return tr('csvNotAcronym', p.short);
    case 'bad-site':
      return tr('csvBadSite', p.site);
    case 'bad-page':
      return tr('csvBadPage', p.page);
    case 'site-and-page':
      return tr('csvSiteAndPage');
    case 'too-long':
      return tr('csvTooLong', p.field, p.limit);
    case 'not-utf8':
      return tr('csvNotUtf8');
    case 'empty-file':
      return tr('importEmpty');
  }
}

/** "Không nhập được: dòng 3 bị lỗi (cần 3 cột nhưng dòng này có 1). Từ điển không thay đổi." */
export function importFailedText(refusal: { line: number; message: string }, tr: Translate = t): string {
  const problem = asCsvProblem(refusal);
  // No line is at fault in a file of none.
  if (problem?.code === 'empty-file') return tr('importEmpty');
  // Without a code there is only the English message: keep it, as technical detail.
  return tr('importFailed', refusal.line, problem ? csvProblemText(problem, tr) : tr('csvUnknown', refusal.message));
}

// ---- Anything else ---------------------------------------------------------------------------

/** The browser's or Dexie's own words, for a bug report: "ConstraintError: Key already exists…". */
function technicalDetail(err: unknown): string {
  let text: string;
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') {
    const { name, message } = err as { name?: unknown; message: string };
    text = typeof name === 'string' && name && name !== 'Error' && !message.startsWith(name) ? `${name}: ${message}` : message;
  } else {
    text = err === undefined || err === null ? '' : String(err);
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
