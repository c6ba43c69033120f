import { readFileSync } from 'node:fs';
import { sourceGroupAt, gzipSize } from './weight.js';
const file = process.argv[2] ?? 'dist/fact-quiz.embed.js';
const groupAt = sourceGroupAt(file, true)!;
const lines = readFileSync(file, 'utf8').split('\n');
const parts = new Map<string, string[]>();
lines.forEach((line, ln) => { let g = ''; let start = 0; for (let c = 0; c <= line.length; c++) { const n = c < line.length ? groupAt(ln, c) : '#end'; if (n !== g) { if (c > start) { (parts.get(g) ?? parts.set(g, []).get(g)!).push(line.slice(start, c)); } g = n; start = c; } } });
const rows = [...parts].map(([g, c]) => [g, c.join('').length, gzipSize(c.join(''))] as const).sort((a, b) => b[2] - a[2]);
for (const r of rows) console.log(String(r[2]).padStart(6), String(r[1]).padStart(7), r[0]);
