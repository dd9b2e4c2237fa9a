/**
 * The little YAML the Markdown export needs for front matter. Every string is written double-quoted
 * with escapes, which YAML reads back verbatim whatever it contains (colons, "#", quotes, leading
 * dashes, "yes"/"no", numbers-looking text, line breaks), so no value can change type or break the
 * block. Lists use flow style; keys are fixed ASCII names.
 */
export type YamlValue = string | number | null | readonly string[];

export function yamlString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    // Other control characters, and the line/paragraph separators some parsers treat as breaks.
    else if (c < 0x20 || c === 0x7f || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff) {
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

export function yamlValue(value: YamlValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return yamlString(value);
  return `[${value.map(yamlString).join(', ')}]`;
}

/** A front matter block ("---" … "---"); entries with undefined values are left out. */
export function frontMatter(entries: readonly [string, YamlValue | undefined][]): string {
  const lines = entries.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${yamlValue(v as YamlValue)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}
