import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompactGraph } from '../../shared/analysis/compactGraph';

export interface MetisResult {
  parts: Int32Array;
  /** METIS's own partitioning time (its "Partitioning:" line), in ms. */
  ms: number;
}

export function metisAvailable(): boolean {
  return spawnSync('which', ['gpmetis']).status === 0;
}

/**
 * Runs gpmetis on the graph (parallel links summed, weights scaled to integers) with -ufactor from the balance
 * tolerance. With vertex weights (budgets) METIS balances those instead of goal counts.
 */
export function runMetis(
  g: CompactGraph,
  k: number,
  ufactor: number,
  vertexWeight?: Float64Array,
  seed = 1,
): MetisResult {
  const adj: Map<number, number>[] = Array.from({ length: g.n }, () => new Map());
  for (let e = 0; e < g.m; e++) {
    const s = g.src[e]!;
    const t = g.dst[e]!;
    const w = Math.round(g.weight[e]! * 10);
    adj[s]!.set(t, (adj[s]!.get(t) ?? 0) + w);
    adj[t]!.set(s, (adj[t]!.get(s) ?? 0) + w);
  }
  let edges = 0;
  for (const a of adj) edges += a.size;
  const lines = [`${g.n} ${edges / 2} ${vertexWeight ? '011' : '001'}`];
  for (let v = 0; v < g.n; v++) {
    const row: number[] = [];
    if (vertexWeight) row.push(Math.max(1, Math.round(vertexWeight[v]!)));
    for (const [u, w] of adj[v]!) row.push(u + 1, w);
    lines.push(row.join(' '));
  }
  const dir = mkdtempSync(join(tmpdir(), 'samenhang-metis-'));
  try {
    const file = join(dir, 'graph.txt');
    writeFileSync(file, lines.join('\n') + '\n');
    const out = execFileSync('gpmetis', [`-ufactor=${ufactor}`, `-seed=${seed}`, file, String(k)], {
      encoding: 'utf8',
    });
    const ms = Number(/Partitioning:\s+([\d.]+)\s+sec/.exec(out)?.[1] ?? NaN) * 1000;
    const parts = Int32Array.from(readFileSync(`${file}.part.${k}`, 'utf8').trim().split('\n').map(Number));
    return { parts, ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
