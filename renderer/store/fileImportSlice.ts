import type { StateCreator } from 'zustand';
import {
  runFileImport,
  type FileImportOutcome,
  type FileImportProgress,
  type FileImportRequest,
} from '../workers/fileImportClient';
import type { AppState } from './appStore';

/** A file being read in the background: what the progress dialog shows and its stop button ends. */
export interface FileImportTask {
  id: number;
  name: string;
  progress: FileImportProgress;
  cancel(): void;
}

export interface FileImportSlice {
  fileImport: FileImportTask | null;
  /**
   * Reads and checks a file in a Web Worker (see workers/fileImportClient), with its progress in `fileImport`
   * while it runs. Nothing is stored here: the caller stores the outcome, so a cancelled read leaves nothing.
   */
  readFile(name: string, request: FileImportRequest): Promise<FileImportOutcome>;
}

let nextTaskId = 1;

export const createFileImportSlice: StateCreator<AppState, [], [], FileImportSlice> = (set, get) => ({
  fileImport: null,
  async readFile(name, request) {
    const id = nextTaskId++;
    // A second file (handed over by the OS meanwhile) takes the dialog; each read only clears its own.
    const mine = () => get().fileImport?.id === id;
    const run = runFileImport(request, (progress) => {
      if (mine()) set({ fileImport: { ...get().fileImport!, progress } });
    });
    set({ fileImport: { id, name, progress: { stage: 'read' }, cancel: run.cancel } });
    try {
      return await run.promise;
    } finally {
      if (mine()) set({ fileImport: null });
    }
  },
});
