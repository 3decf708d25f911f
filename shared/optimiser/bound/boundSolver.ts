import loadHighs, { type Highs } from 'highs';

/** How the HiGHS wasm is found: Node resolves it next to the package; a bundled app passes its asset URL. */
export interface SolverLocation {
  wasmUrl?: string;
}

let cached: { key: string; solver: Promise<Highs> } | null = null;

/** Loads HiGHS once per location; every bound stage creates and disposes its own model in it. */
export function loadSolver(location: SolverLocation = {}): Promise<Highs> {
  const key = location.wasmUrl ?? '';
  if (cached && cached.key === key) return cached.solver;
  const url = location.wasmUrl;
  const solver = loadHighs(url ? { locateFile: (file: string) => (file.endsWith('.wasm') ? url : file) } : {});
  cached = { key, solver };
  solver.catch(() => {
    if (cached?.solver === solver) cached = null;
  });
  return solver;
}
