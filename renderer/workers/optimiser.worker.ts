/// <reference lib="webworker" />
// HiGHS compiles WebAssembly at run time: the page's CSP must allow 'wasm-unsafe-eval' (script-src) and the
// worker itself ('self' in worker-src). Vite hands us the wasm file's URL, since the loader cannot find it
// inside the bundle on its own.
import wasmUrl from 'highs/runtime?url';
import { handleOptimiserRequest } from './optimiserWorkerCore';
import type { OptimiserMessage, OptimiserRequest } from './optimiserProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<OptimiserRequest>) => {
  const post = (m: OptimiserMessage): void => scope.postMessage(m);
  handleOptimiserRequest(e.data, post, { wasmUrl }).catch((err: unknown) =>
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
};
