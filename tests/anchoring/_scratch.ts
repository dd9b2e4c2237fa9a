import { readFileSync } from 'node:fs';
import { anchorInText } from '../../lib/anchoring';
import { slotCandidates, findCandidates } from '../../lib/anchoring/candidates';
import { toQuery } from '../../lib/anchoring/match-quote';
const fails = JSON.parse(readFileSync('/tmp/fails.json', 'utf8'));
for (const f of fails.filter((x: any) => x.selectors.quote.exact === 'đường' || x.kind === 'paragraph inserted')) {
  const q = toQuery(f.selectors);
  console.log(f.kind, slotCandidates(f.text, q.nearPrefix, q.nearSuffix, q.exact.length, q.start));
  console.log(findCandidates(f.text, q.exact, q.nearPrefix, q.nearSuffix, q.start, Math.floor(q.exact.length / 4)).slice(0, 10));
  console.log(anchorInText(f.text, f.selectors));
}
import search from 'approx-string-match';
for (const f of fails.filter((x: any) => x.selectors.quote.exact === 'đường')) {
  const q = toQuery(f.selectors);
  const joined = (q.nearPrefix + q.nearSuffix).replace(/ {2,}/g, ' ');
  console.log(JSON.stringify(joined), f.text.includes(joined), search(f.text, joined, 2));
  const i = f.text.indexOf('Lymphoma ruột'); console.log(f.text.slice(i - 60, i + 60));
}
