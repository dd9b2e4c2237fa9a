/**
 * The user's own glossary as CSV: header `short,long,note` (note optional). Import is all or
 * nothing: the first bad row refuses the whole file and names its line, so a half-read file never
 * replaces a good glossary.
 */
import Papa from 'papaparse';
import { nfc } from '../text/normalize';
import type { UserGlossaryEntry } from './types';

export type UserGlossaryParse = { ok: true; entries: UserGlossaryEntry[] } | { ok: false; line: number; message: string };

const HEADER = ['short', 'long', 'note'] as const;

/** Line number (1-based) where each record starts, counting newlines inside quoted fields. */
function recordLines(csv: string): number[] {
  const starts: number[] = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n') {
      line++;
      if (!quoted) starts.push(line);
    }
  }
  return starts;
}

export function parseUserGlossaryCsv(csv: string): UserGlossaryParse {
  const source = nfc(csv.replace(/^\uFEFF/, ''));
  const parsed = Papa.parse<string[]>(source, { delimiter: ',', skipEmptyLines: false });
  const lines = recordLines(source);
  const firstError = parsed.errors[0];
  if (firstError) {
    const row = firstError.row ?? 0;
    return { ok: false, line: lines[row] ?? 1, message: firstError.message };
  }
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header[0] !== HEADER[0] || header[1] !== HEADER[1] || (header.length > 2 && header[2] !== HEADER[2]) || header.length > 3) {
    return { ok: false, line: 1, message: 'expected the header "short,long,note"' };
  }
  const entries: UserGlossaryEntry[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const line = lines[r] ?? r + 1;
    if (row.length === 1 && (row[0] ?? '').trim() === '') continue; // blank line
    if (row.length < 2 || row.length > header.length) {
      return { ok: false, line, message: `expected ${header.length} fields, found ${row.length}` };
    }
    const short = (row[0] ?? '').trim();
    const long = (row[1] ?? '').trim();
    if (!short) return { ok: false, line, message: 'the short form is empty' };
    if (!long) return { ok: false, line, message: `no expansion for ${short}` };
    if (/\s{2,}|[\n\r]/.test(short)) return { ok: false, line, message: `"${short}" is not an acronym` };
    const note = (row[2] ?? '').trim();
    entries.push(note ? { short, long, note } : { short, long });
  }
  return { ok: true, entries };
}

export function userGlossaryToCsv(entries: UserGlossaryEntry[]): string {
  return Papa.unparse(
    {
      fields: [...HEADER],
      data: entries.map((e) => [e.short, e.long, e.note ?? '']),
    },
    { newline: '\n' },
  );
}
