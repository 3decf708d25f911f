import { useMemo } from 'react';
import type { Project } from '../../../shared/model';
import type { Names } from '../../derived/names';
import { useT } from '../../app/StoreContext';
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

/** "Welke verbanden?": what a move or a swap joins and what it splits, folded away until asked for. */
export function MoveLinkDetails({
  joined,
  split,
  project,
  names,
}: {
  joined: string[];
  split: string[];
  project: Project;
  names: Names;
}) {
  const t = useT();
  return (
    <details className="suggestion-links">
      <summary>{t('app.analysis.moveLinks')}</summary>
      <MoveLinks
        label={t('app.analysis.moveJoined', { count: joined.length })}
        ids={joined}
        project={project}
        names={names}
      />
      <MoveLinks
        label={t('app.analysis.moveSplit', { count: split.length })}
        ids={split}
        project={project}
        names={names}
      />
    </details>
  );
}
