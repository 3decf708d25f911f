/// <reference lib="webworker" />
import { handleFileImportRequest } from './fileImportWorkerCore';
import type { FileImportMessage, FileImportRequest } from './fileImportProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<FileImportRequest>) => {
  const post = (m: FileImportMessage): void => scope.postMessage(m);
  const fail = (err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  try {
    void handleFileImportRequest(e.data, post)?.catch(fail);
  } catch (err) {
    fail(err);
  }
};
