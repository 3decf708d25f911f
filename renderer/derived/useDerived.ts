import { useApp } from '../app/StoreContext';
import { derivedOf, type Derived } from './derived';

/** The derived data of the open project; views re-render when the project revision changes. */
export function useDerived(): Derived {
  const project = useApp((s) => s.project);
  if (!project) throw new Error('useDerived needs an open project');
  return derivedOf(project);
}
