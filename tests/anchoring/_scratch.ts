import { readFileSync } from 'node:fs';
import { parseHtml } from '../../lib/extract/node-dom';
import { buildTextMap } from '../../lib/anchoring';
for (const [f, q] of [['tests/fixtures/html/bdo-horasis-2023.html', 'mô hình kiến tạo cộng đồng'], ['/work/shared/corpus/html/cafef_can-canh-trai-lon-o-thanh-hoa-noi-xay-ra-vu-tai-nan.html', 'con lợn nái và']] as const) {
  const doc = parseHtml(readFileSync(f, 'utf8'));
  const t = buildTextMap(doc.body).text;
  for (let at = t.indexOf(q); at !== -1; at = t.indexOf(q, at + 1)) console.log(at, '|', t.slice(at - 60, at + 80));
  console.log(t.length);
}
