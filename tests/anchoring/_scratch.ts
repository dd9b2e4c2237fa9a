import { readFileSync } from 'node:fs';
import { parseHtml } from '../../lib/extract/node-dom';
import { anchorInText, anchor, buildTextMap, describeText } from '../../lib/anchoring';
const sentences = readFileSync('../shared/summarization/vietnews-dev.jsonl', 'utf8').split('\n').filter(Boolean).flatMap((l) => JSON.parse(l).sentences as string[]);
const paras: string[] = [];
for (let i = 0, c = 0; c < 5000; i += 4) { const p = sentences.slice(i, i + 4).join(' '); c += p.split(/\s+/).length; paras.push(`<p>${p}</p>`); }
const doc = parseHtml(`<html><body>${paras.join('\n')}</body></html>`);
const map = buildTextMap(doc.body);
const text = map.text;
const words = [...text.matchAll(/\S+/g)].map((m) => ({ s: m.index!, e: m.index! + m[0].length }));
let seed = 1; const r = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
let t = performance.now();
const sels = Array.from({ length: 500 }, () => { const len = [1, 2, 4, 8, 30, 150][Math.floor(r() * 6)]!; const i = Math.floor(r() * (words.length - len)); return describeText(text, words[i]!.s, words[i + len - 1]!.e); });
console.log('describe 500', performance.now() - t);
for (let k = 0; k < 3; k++) {
t = performance.now(); for (const s of sels) anchorInText(text, s); console.log('text unchanged', performance.now() - t);
t = performance.now(); for (const s of sels) anchor(doc.body, s, { map }); console.log('dom unchanged', performance.now() - t);
const shifted = 'Một đoạn mới được chèn vào đầu trang để mọi vị trí đều dịch chuyển. ' + text;
t = performance.now(); for (const s of sels) anchorInText(shifted, s); console.log('text shifted', performance.now() - t);
const spelled = text.replace(/[àáảãạ]/g, (ch) => (r() < 0.15 ? 'a' : ch));
t = performance.now(); const methods: Record<string, number> = {}; for (const s of sels) { const m = anchorInText(spelled, s)?.method ?? 'orphan'; methods[m] = (methods[m] ?? 0) + 1; } console.log('text respelled', performance.now() - t, methods);
}
