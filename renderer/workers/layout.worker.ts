/// <reference lib="webworker" />
import { createLayoutWorker } from './layoutWorkerCore';
import type { LayoutRequest } from './layoutProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createLayoutWorker((m, transfer) => scope.postMessage(m, transfer));

scope.onmessage = (e: MessageEvent<LayoutRequest>) => handle(e.data);
