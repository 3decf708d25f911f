import { useMemo } from 'react';
import type { Project } from '../../../shared/model';
import type { Names } from '../../derived/names';
import { LinkItems } from './LinkDetails';

/** The links a suggestion joins or splits, under a small heading, each opening as the report's links do. */
export function MoveLinks({
  label,
  ids,
  project,
  names,
}: {
  label: string;
  ids: string[];
  project: Project;
  names: Names;
}) {
  const list = useMemo(() => Int32Array.from(ids, (_, i) => i), [ids]);
  const figures = useMemo(() => ({ linkIds: ids }), [ids]);
  return (
    <>
      <h4 className="cell-sub">{label}</h4>
      <LinkItems list={list} figures={figures} project={project} names={names} />
    </>
  );
}
