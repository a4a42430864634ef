/**
 * npm run scale -- N [--build] — writes a throwaway copy of the project whose ledger holds the
 * real sources and claims multiplied by N (synthetic copies, marked "SYNTHETIC"; see
 * scripts/lib/scale.ts), prints where it is, and with --build builds it there. The real data/
 * and seeds/ are never touched; delete the copy when done. The bench (npm run bench) makes its
 * own copies at ×1, ×10 and ×100 and removes them.
 */
import { spawnSync } from 'node:child_process';
import { writeScaledProject } from './lib/scale.ts';

const args = process.argv.slice(2);
const n = Number(args.find((a) => !a.startsWith('--')) ?? '10');
if (!Number.isInteger(n) || n < 1) {
  console.error('usage: npm run scale -- N [--build]   (N a positive integer, e.g. 10 or 100)');
  process.exit(2);
}
const project = writeScaledProject(n);
console.log(`scale: ×${n}: ${project.sources} sources, ${project.claims} claims in ${project.dir}`);
if (args.includes('--build')) {
  const started = performance.now();
  const r = spawnSync('npm', ['run', 'build'], { cwd: project.dir, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log(`scale: built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${project.dir}/dist`);
}
console.log(`scale: remove it with: rm -rf ${project.dir}`);
