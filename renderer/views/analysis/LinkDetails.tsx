import { useMemo, useState, type ReactNode } from 'react';
import type { Link, Project } from '../../../shared/model';
import { strongestLinksFirst, type DivisionFigures, type LinkList } from '../../../shared/analysis/divisionFigures';
import { useT } from '../../app/StoreContext';
import type { Names } from '../../derived/names';

/** Beyond this many links a list shows the strongest and says how many more there are; the page must stay usable. */
const SHOWN = 200;

/**
 * A figure's links behind a disclosure: strongest first, then in project order, with the kind and the rationale.
 * The list is built only once it is opened, so a report over tens of thousands of links costs nothing until read.
 */
export function LinkDetails({
  summary,
  list,
  figures,
  project,
  names,
  className,
  extra,
}: {
  summary: ReactNode;
  list: LinkList;
  figures: Pick<DivisionFigures, 'linkIds'>;
  project: Project;
  names: Names;
  className?: string;
  /** Shown after a link's rationale: what covers it, and what can be done with it. */
  extra?: (link: Link) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? <LinkItems list={list} figures={figures} project={project} names={names} extra={extra} /> : null}
    </details>
  );
}

/** A figure's links, strongest first, with kind and rationale (the list a LinkDetails opens onto). */
export function LinkItems({
  list,
  figures,
  project,
  names,
  extra,
}: {
  list: LinkList;
  figures: Pick<DivisionFigures, 'linkIds'>;
  project: Project;
  names: Names;
  extra?: (link: Link) => ReactNode;
}) {
  const t = useT();
  const links = useMemo(
    () => strongestLinksFirst(figures, list, new Map(project.links.map((l) => [l.id, l]))),
    [list, figures, project],
  );
  if (links.length === 0) return <p className="cell-sub">{t('app.analysis.noLinks')}</p>;
  return (
    <>
      <ul>
        {links.slice(0, SHOWN).map((l) => (
          <li key={l.id}>
            {names.node(l.source)} — <em>{t(`app.kind.${l.kind}`)}</em> — {names.node(l.target)}
            {l.rationale ? <span className="cell-sub">{l.rationale}</span> : null}
            {extra?.(l)}
          </li>
        ))}
      </ul>
      {links.length > SHOWN ? (
        <p className="cell-sub">{t('app.analysis.moreLinks', { count: links.length - SHOWN })}</p>
      ) : null}
    </>
  );
}
