import { useMemo } from 'react';
import type { Division, Project } from '../../shared/model';
import { draftLoads, type DraftLoads } from '../../shared/analysis/draftLoads';
import { useApp } from '../app/StoreContext';
import { holdersOutside } from '../store/viewSlice';

/** What each holder of a draft taking part in the balance holds now (`draftLoads`), for the balance setting's holders. */
export function useDraftLoads(project: Project | null | undefined, division: Division | undefined): DraftLoads | null {
  const outside = useApp((s) => s.balance.outside);
  return useMemo(
    () => (project && division ? draftLoads(project, division, holdersOutside({ outside }, project, division)) : null),
    [project, division, outside],
  );
}
