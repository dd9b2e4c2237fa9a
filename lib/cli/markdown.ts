import type { AnalyzedFile } from './analyze-file';

/** A readable report of one file, for a terminal or a notes app. */
export function toMarkdown({ file, article, analysis }: AnalyzedFile): string {
  const lines: string[] = [`# ${article.title}`, ''];
  const meta: [string, string | null][] = [
    ['File', file],
    ['URL', article.url],
    ['Site', article.siteName],
    ['Author', article.byline],
    ['Published', article.published],
    ['Words', `${article.wordCount} (${article.readingMinutes} min)`],
  ];
  for (const [k, v] of meta) if (v) lines.push(`- **${k}:** ${v}`);
  if (article.sapo) lines.push('', `> ${article.sapo}`);
  if (analysis.summary.length) {
    lines.push('', '## Summary', '');
    for (const s of analysis.summary) lines.push(`- ${s.text}`);
  }
  if (analysis.acronyms.length) {
    lines.push('', '## Acronyms', '');
    for (const a of analysis.acronyms) {
      const typo = a.likelyTypoOf ? ` (perhaps a typo for **${a.likelyTypoOf.short}**: ${a.likelyTypoOf.long})` : '';
      lines.push(`- **${a.short}**: ${a.long ?? '?'}${a.source ? ` _(${a.source})_` : ''}${typo} ×${a.count}`);
    }
  }
  if (analysis.quotes.length) {
    lines.push('', '## Quotations', '');
    const bySpeaker = new Map<string, typeof analysis.quotes>();
    for (const q of analysis.quotes) {
      const key = q.speaker ?? 'Unknown speaker';
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
    }
    for (const [speaker, quotes] of bySpeaker) {
      const role = quotes.find((q) => q.role)?.role;
      lines.push(`### ${speaker}${role ? `, ${role}` : ''}`, '');
      for (const q of quotes) lines.push(`> “${q.text}”`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n\n`;
}
