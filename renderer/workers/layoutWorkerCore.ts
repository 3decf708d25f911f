import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3';
import type { LayoutInput, LayoutMessage, LayoutRequest } from './layoutProtocol';

interface Node extends SimulationNodeDatum {
  index: number;
}
type Link = SimulationLinkDatum<Node> & { strength: number };

/** Milliseconds of layout per slice: short enough that a new request (a drag, a new map) is read at once. */
export const SLICE_MS = 16;
/** Posting positions more often than the screen shows them only costs copies. */
const POST_EVERY_MS = 32;

export interface LayoutRun {
  /** Runs ticks for about `budgetMs`; true once settled. */
  step(budgetMs: number): boolean;
  positions(): Float32Array;
  hold(index: number, x: number | null, y: number | null): void;
  readonly ticks: number;
}

/** The golden angle: seeds spread as a sunflower, the way d3 places nodes without a position. */
const PHI = Math.PI * (3 - Math.sqrt(5));

/**
 * One force layout: linked goals attract, all goals repel (Barnes–Hut), nothing overlaps, and in a grouped layout
 * each goal is pulled to its group's centre (links across groups pull less, so the clusters stay apart). Pinned
 * nodes stay where the user put them. Nodes without a start position are seeded as a sunflower around their
 * group's centre by index, and d3-force's own random source is seeded too, so the same input always gives the
 * same map: people find their goals where they left them.
 */
export function createLayoutRun(input: LayoutInput, now: () => number = () => performance.now()): LayoutRun {
  const { n, spacing } = input;
  const grouped = input.group.some((g) => g >= 0);
  const perGroup = new Map<number, number>();
  const nodes: Node[] = Array.from({ length: n }, (_, i) => {
    const g = input.group[i]!;
    const k = perGroup.get(g) ?? 0;
    perGroup.set(g, k + 1);
    const cx = g >= 0 ? input.centres[2 * g]! : 0;
    const cy = g >= 0 ? input.centres[2 * g + 1]! : 0;
    const r = spacing * 0.5 * Math.sqrt(0.5 + k);
    const sx = input.start[2 * i]!;
    const sy = input.start[2 * i + 1]!;
    const node: Node = Number.isNaN(sx)
      ? { index: i, x: cx + r * Math.cos(k * PHI), y: cy + r * Math.sin(k * PHI) }
      : { index: i, x: sx, y: sy };
    const px = input.pins[2 * i]!;
    if (!Number.isNaN(px)) {
      node.x = node.fx = px;
      node.y = node.fy = input.pins[2 * i + 1]!;
    }
    return node;
  });
  const degree = new Uint32Array(n);
  const links: Link[] = [];
  for (let e = 0; e < input.strengths.length; e++) {
    const s = input.links[2 * e]!;
    const t = input.links[2 * e + 1]!;
    degree[s]!++;
    degree[t]!++;
    links.push({ source: s, target: t, strength: input.strengths[e]! });
  }
  let seed = 1;
  const random = () => (seed = (1664525 * seed + 1013904223) % 4294967296) / 4294967296;
  // Bigger maps settle in fewer, cheaper ticks: they are read zoomed out, where small moves do not show.
  const ticksToSettle = n > 1000 ? 160 : n > 300 ? 220 : 300;
  const sim: Simulation<Node, Link> = forceSimulation(nodes)
    .randomSource(random)
    .stop()
    .alpha(input.alpha)
    .alphaDecay(1 - Math.pow(0.001, 1 / ticksToSettle))
    .velocityDecay(0.45)
    .force(
      'link',
      forceLink<Node, Link>(links)
        .distance(spacing)
        .strength((l) => {
          const s = (l.source as Node).index;
          const t = (l.target as Node).index;
          const base = Math.min(1, 0.35 + 0.2 * l.strength) / Math.min(degree[s]!, degree[t]!);
          return grouped && input.group[s] !== input.group[t] ? base * 0.05 : base;
        }),
    )
    .force(
      'charge',
      forceManyBody<Node>()
        .strength(-spacing * 1.4)
        .theta(0.95)
        .distanceMax(spacing * 10),
    )
    .force('collide', forceCollide<Node>(spacing * 0.32).iterations(1));
  const centreX = (d: Node) => (grouped ? input.centres[2 * input.group[d.index]!]! : 0);
  const centreY = (d: Node) => (grouped ? input.centres[2 * input.group[d.index]! + 1]! : 0);
  sim.force('x', forceX<Node>(centreX).strength(grouped ? 0.05 : 0.03));
  sim.force('y', forceY<Node>(centreY).strength(grouped ? 0.05 : 0.03));

  let ticks = 0;
  const out = new Float32Array(2 * n);
  return {
    step(budgetMs) {
      const end = now() + budgetMs;
      do {
        if (sim.alpha() < sim.alphaMin()) return true;
        sim.tick();
        ticks++;
      } while (now() < end);
      return sim.alpha() < sim.alphaMin();
    },
    positions() {
      for (let i = 0; i < n; i++) {
        out[2 * i] = nodes[i]!.x!;
        out[2 * i + 1] = nodes[i]!.y!;
      }
      return out;
    },
    hold(index, x, y) {
      const node = nodes[index];
      if (!node) return;
      const px = input.pins[2 * index]!;
      node.fx = x ?? (Number.isNaN(px) ? null : px);
      node.fy = y ?? (Number.isNaN(px) ? null : input.pins[2 * index + 1]!);
      // Neighbours follow a dragged node: warm the layout up a little, never a full reshuffle.
      sim.alpha(Math.max(sim.alpha(), 0.12));
    },
    get ticks() {
      return ticks;
    },
  };
}

/**
 * The worker's message loop apart from the Worker plumbing (tests drive it in-process): one run at a time, in
 * slices so that a new request is read between them, positions posted at most every 32 ms and once when settled.
 */
export function createLayoutWorker(
  post: (m: LayoutMessage, transfer: Transferable[]) => void,
  schedule: (fn: () => void) => void = (fn) => setTimeout(fn, 0),
  now: () => number = () => performance.now(),
): (req: LayoutRequest) => void {
  let run: LayoutRun | null = null;
  let runId = 0;
  let running = false;
  let lastPost = -Infinity;
  const send = (done: boolean) => {
    const positions = run!.positions().slice();
    post({ type: 'positions', runId, positions, done, ticks: run!.ticks }, [positions.buffer]);
    lastPost = now();
  };
  const loop = () => {
    if (!run) {
      running = false;
      return;
    }
    const done = run.step(SLICE_MS);
    if (done) {
      running = false;
      send(true);
      return;
    }
    if (now() - lastPost >= POST_EVERY_MS) send(false);
    schedule(loop);
  };
  const kick = () => {
    if (running) return;
    running = true;
    schedule(loop);
  };
  return (req) => {
    if (req.type === 'stop') {
      run = null;
      return;
    }
    if (req.type === 'start') {
      run = createLayoutRun(req.input, now);
      runId = req.runId;
      lastPost = -Infinity;
      kick();
      return;
    }
    if (req.runId !== runId || !run) return;
    run.hold(req.index, req.x, req.y);
    kick();
  };
}
