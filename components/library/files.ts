import { zipSync, strToU8 } from 'fflate';
import type { ExportFile } from '@/lib/library/types';

/**
 * Saves files through a download; several, or any when `zipName` is given for a format that is
 * a folder of notes (Markdown for Obsidian), become one .zip. Inside the zip the Vietnamese file
 * names survive; Chromium drops a non-ASCII download name from an extension page.
 */
export function download(files: ExportFile[], zipName?: string): void {
  if (files.length === 0) return;
  if (files.length === 1 && !zipName) {
    const f = files[0]!;
    save(new Blob([f.content], { type: f.mime }), f.name);
    return;
  }
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.content)])));
  save(new Blob([zip], { type: 'application/zip' }), zipName ?? 'sotay.zip');
}

export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}
