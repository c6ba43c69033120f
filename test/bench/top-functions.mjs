/**
 * The functions that take the most time in a V8 CPU profile (`node --cpu-prof`):
 * `node test/bench/top-functions.mjs FILE.cpuprofile [N]` prints the N first (default 15)
 * by self time, then by total time (self and callees, counted once per stack).
 */
import { readFileSync } from 'node:fs';

const [file, count = '15'] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: top-functions.mjs FILE.cpuprofile [N]');
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parents = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
const nameOf = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(src|test|node_modules)\//, '$1/')}`;
// Each sample's time is the gap to the next sample.
const self = new Map();
const total = new Map();
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i + 1] ?? 0;
  const leaf = nodes.get(id);
  self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + us);
  const onStack = new Set();
  for (let n = id; n !== undefined; n = parents.get(n)) onStack.add(nameOf(nodes.get(n)));
  for (const name of onStack) total.set(name, (total.get(name) ?? 0) + us);
});
const all = [...self.values()].reduce((a, b) => a + b, 0);
const print = (title, map) => {
  console.log(`${title} (of ${(all / 1000).toFixed(0)} ms)`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
    console.log(`${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%  ${name}`);
  }
};
print('self time', self);
print('total time', total);
