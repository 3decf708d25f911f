import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Platform } from '../platform/Platform';
import type { ProjectRepository } from '../storage/projectRepository';
import { createProjectSlice, type ProjectSlice } from './projectSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createWorkshopSlice, type WorkshopSlice } from './workshopSlice';
import { createFileImportSlice, type FileImportSlice } from './fileImportSlice';
import { createProposalSlice, type ProposalSlice } from './proposalSlice';
import { createTourSlice, type TourSlice } from './tourSlice';

export interface AppDeps {
  repository: ProjectRepository;
  platform: Platform;
  /** ISO time; injected so tests are deterministic. */
  now(): string;
}

export type AppState = ProjectSlice &
  UiSlice &
  ViewSlice &
  SelectionSlice &
  WorkshopSlice &
  FileImportSlice &
  ProposalSlice &
  TourSlice & { deps: AppDeps };
export type AppStore = StoreApi<AppState>;

export function createAppStore(deps: AppDeps): AppStore {
  return createStore<AppState>()((...a) => ({
    deps,
    ...createProjectSlice(...a),
    ...createUiSlice(...a),
    ...createViewSlice(...a),
    ...createSelectionSlice(...a),
    ...createWorkshopSlice(...a),
    ...createFileImportSlice(...a),
    ...createProposalSlice(...a),
    ...createTourSlice(...a),
  }));
}
