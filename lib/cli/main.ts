import { parseArgs } from 'node:util';
import { articleFields } from '../article';
import { analyzeFile, type AnalyzedFile } from './analyze-file';
import { toMarkdown } from './markdown';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `Usage: sotay analyze FILE... [--json | --md] [--url URL]
                     [--summary-sentences N | --summary-words N]

Reads saved news pages (.html) or article text (.txt) and prints the article, its summary,
acronyms and quotations. --json prints one JSON object per file, one per line (JSON Lines);
--md (the default) prints Markdown. --url sets the page address when the saved page lacks it.
A file that cannot be read or is not an article gets one line on stderr; the others go on, and
the exit code is 1.
`;

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'analyze') {
    io.stderr(`sotay: unknown command '${command}'\n${USAGE}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        md: { type: 'boolean' },
        url: { type: 'string' },
        'summary-sentences': { type: 'string' },
        'summary-words': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.stderr(`sotay: ${(err as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    io.stderr(`sotay: no file given\n${USAGE}`);
    return 2;
  }
  if (values.json && values.md) {
    io.stderr('sotay: choose one of --json and --md\n');
    return 2;
  }
  const budget = {
    sentences: positiveInt(values['summary-sentences']),
    words: positiveInt(values['summary-words']),
  };
  if (budget.sentences === null || budget.words === null) {
    io.stderr('sotay: --summary-sentences and --summary-words take a whole number above 0\n');
    return 2;
  }

  let failed = 0;
  for (const file of positionals) {
    const report = await analyzeFile(file, {
      url: values.url,
      summary: { sentences: budget.sentences, words: budget.words },
    });
    if ('error' in report) {
      failed++;
      io.stderr(`sotay: ${file}: ${report.error}\n`);
      continue;
    }
    io.stdout(values.json ? `${JSON.stringify(toJson(report))}\n` : toMarkdown(report));
  }
  return failed ? 1 : 0;
}

/** undefined when absent, null when malformed. */
function positiveInt(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

function toJson(report: AnalyzedFile) {
  const { article, analysis } = report;
  return {
    file: report.file,
    url: article.url,
    article: articleFields(article),
    summary: analysis.summary.map(({ text, start }) => ({ text, start })),
    facts: analysis.facts,
    acronyms: analysis.acronyms,
    quotes: analysis.quotes.map(({ text, speaker, role, kind, start }) => ({ text, speaker, role, kind, start })),
  };
}
