import { useCallback, useMemo, useState } from 'react';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { useDerived } from '../../derived/useDerived';
import { useChosenDraft, useLevel } from '../../derived/useDraft';
import { formatNumber } from '../../i18n/format';
import { matrixModel, type MatrixNode } from './viewModel';
import { cellSizeFor, gridGeometry } from './gridGeometry';
import type { GridPos } from './gridNavigation';
import type { RowContext } from './DsmRows';
import { DsmGrid } from './DsmGrid';
import { CellDetail } from './CellDetail';
import { MatrixLegend } from './MatrixLegend';
import { CoordinationMatrix } from './CoordinationMatrix';
import { ChordDiagram } from './ChordDiagram';
import { pairPictureSvg } from './pairPicture';
import { savePicture, type PictureKind } from '../../app/pictureFiles';
import './matrix.css';

const LABEL_WIDTH = 290;
const GAP = 24;
/** Room for the matrix beside the labels and the detail panel on a 1366-pixel screen; larger matrices scroll. */
const ROOM = 620;

/**
 * The design-structure matrix of the chosen draft, with a panel explaining what is pointed at, and beside it the
 * holder × holder coordination matrix and its chord diagram. Selecting here selects in every view.
 */
export function MatrixView() {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const selection = useApp((s) => s.selection);
  const project = useApp((s) => s.project)!;
  const division = useChosenDraft();
  const derived = useDerived();
  const level = useLevel();
  const report = division ? derived.report(division.id) : null;
  const model = useMemo(
    () =>
      division && report
        ? derived.memo(`matrix|${level}|${division.id}`, () =>
            matrixModel(
              project,
              derived.graph,
              division,
              report,
              level === 'subject' ? derived.level(division.id) : null,
            ),
          )
        : null,
    [derived, division, report, project, level],
  );
  const [shown, setShown] = useState<GridPos | null>(null);
  const [pair, setPair] = useState<readonly [number, number] | null>(null);
  const names = derived.names;
  const linkById = useMemo(() => new Map(project.links.map((l) => [l.id, l])), [project.links]);
  const domains = useMemo(() => new Map(project.domains.map((d) => [d.id, d.name])), [project.domains]);

  const holderName = useCallback(
    (id: string | null) => (id === null ? t('app.matrix.unassigned') : names.portfolio(id)),
    [t, names],
  );
  const ctx = useMemo((): RowContext | null => {
    if (!model) return null;
    const g = gridGeometry(model, cellSizeFor(model.nodes.length, ROOM), GAP);
    const short = (r: number) => `${r + 1}`;
    const named = (node: MatrixNode) => nodeName(node, t);
    const status = (i: number) => {
      const c = model.cells[i]!;
      const a = model.nodes[c.row]!;
      const b = model.nodes[c.col]!;
      return c.status === 'split'
        ? t('app.matrix.statusSplit', { a: holderName(a.holderId), b: holderName(b.holderId) })
        : c.status === 'kept'
          ? t('app.matrix.statusKept', { holder: holderName(a.holderId) })
          : t('app.matrix.statusOpen');
    };
    return {
      model,
      g,
      labelWidth: LABEL_WIDTH,
      font: g.cell >= 18 ? 12 : 10,
      headerLabel: (i) =>
        t(model.nodes[i]!.kind === 'subject' ? 'app.matrix.headerLabelSubject' : 'app.matrix.headerLabel', {
          number: short(i),
          title: named(model.nodes[i]!),
          holder: holderName(model.nodes[i]!.holderId),
        }),
      cellLabel: (i) => {
        const c = model.cells[i]!;
        if (model.level === 'subject')
          return t('app.matrix.tieLabel', {
            a: `${short(c.row)} ${named(model.nodes[c.row]!)}`,
            b: `${short(c.col)} ${named(model.nodes[c.col]!)}`,
            count: c.links.length,
            strength: formatNumber(c.weight, locale, 1),
            status: status(i),
          });
        return t('app.matrix.cellLabel', {
          a: `${short(c.row)} ${named(model.nodes[c.row]!)}`,
          b: `${short(c.col)} ${named(model.nodes[c.col]!)}`,
          kind: t(`app.kind.${c.kind}`),
          strength: formatNumber(c.weight, locale, 1),
          status: status(i),
        });
      },
      rowTitle: (i) => rowTitle(model.nodes[i]!),
      domainShort: (id) => (domains.get(id) ?? id).slice(0, 3),
    };
  }, [model, t, locale, holderName, domains]);

  const rowOf = useMemo(() => new Map(model?.nodes.map((x, i) => [x.id, i]) ?? []), [model]);
  const selected = useMemo(
    () => new Set(selection.map((id) => rowOf.get(id)).filter((r) => r !== undefined)),
    [selection, rowOf],
  );
  const onPick = useCallback(
    (rows: number[], additive: boolean) => {
      if (!model) return;
      const ids = rows.map((r) => model.nodes[r]!.id);
      const s = store.getState();
      if (additive) ids.forEach((id) => s.toggleSelected(id));
      else s.select(ids);
    },
    [model, store],
  );
  const onClear = useCallback(() => store.getState().clearSelection(), [store]);
  // The holder's name and the count; the party is left out so the count fits beside most names.
  const blockLabel = useCallback(
    (b: number) => {
      const block = model!.blocks[b]!;
      // Goals, also at subject level, where a row may hold several (its count is beside its name).
      let goals = 0;
      for (let r = block.start; r < block.end; r++) goals += model!.nodes[r]!.goalCount;
      return t('app.matrix.blockLabel', { holder: holderName(block.holderId), count: goals });
    },
    [model, holderName, t],
  );
  const holderColour = useCallback((id: string | null) => (id && names.colour(id)) || '#767f89', [names]);

  const savePairs = (kind: PictureKind) => {
    if (!model || !report || !division) return;
    const svg = pairPictureSvg({
      pairs: model.pairs,
      report,
      names,
      t,
      locale,
      project: project.name,
      draft: division.name,
    });
    if (svg) void savePicture(store, svg, t('app.matrix.pairFileName'), kind);
  };

  if (!division || !report || !model || !ctx) return <p className="empty">{t('app.analysis.noDivision')}</p>;
  if (model.nodes.length === 0) return <p className="empty">{t('app.matrix.noGoals')}</p>;
  const outsideCells = model.cells.reduce((s, c) => s + (c.outsideBlock ? 1 : 0), 0);
  const pairBlocks = pair && pair[0] < model.blocks.length && pair[1] < model.blocks.length ? pair : null;

  return (
    <section aria-labelledby="matrix-heading" className="matrix-view">
      <div className="view-head">
        <h2 id="matrix-heading">{t('app.matrix.heading', { name: division.name })}</h2>
      </div>
      <p className="explain matrix-explain">
        {t(model.level === 'subject' ? 'app.matrix.explainSubjects' : 'app.matrix.explain')}
      </p>
      <p
        className="matrix-count"
        data-split={model.splitLinks}
        data-cells={outsideCells}
        data-outside-links={model.outsideLinks}
      >
        {model.level === 'subject'
          ? t('app.matrix.countSubjects', {
              count: model.splitLinks,
              cells: outsideCells,
              twice: model.outsideLinks,
            })
          : t('app.matrix.count', { count: model.splitLinks, cells: outsideCells })}
      </p>
      <div className="matrix-layout">
        <DsmGrid
          ctx={ctx}
          label={t('app.matrix.gridLabel')}
          holderName={holderName}
          holderColour={holderColour}
          blockLabel={blockLabel}
          selected={selected}
          pair={pairBlocks}
          onPick={onPick}
          onClear={onClear}
          onShow={setShown}
        />
        <aside className="matrix-side">
          <section className="matrix-detail" aria-labelledby="matrix-detail-heading">
            <h3 id="matrix-detail-heading">{t('app.matrix.detail')}</h3>
            <div aria-live="polite">
              <CellDetail
                model={model}
                graph={derived.graph}
                linkById={linkById}
                nodeName={names.node}
                pos={shown}
                holderName={holderName}
                domainName={(id) => domains.get(id) ?? id}
                coverage={report.coverage}
                division={division}
              />
            </div>
          </section>
          <MatrixLegend subjects={model.level === 'subject'} />
          <p className="explain">{t('app.matrix.keys')}</p>
        </aside>
      </div>
      <section aria-labelledby="matrix-pairs-heading" className="matrix-pairs">
        <h3 id="matrix-pairs-heading">{t('app.matrix.pairHeading')}</h3>
        <div className="matrix-pairs-layout">
          <CoordinationMatrix
            id="matrix-pair-table"
            pairs={model.pairs}
            names={names}
            report={report}
            project={project}
            active={pair}
            onActivate={setPair}
            onSave={savePairs}
          />
          <ChordDiagram
            pairs={model.pairs}
            names={names}
            describedBy="matrix-pair-table"
            active={pair}
            onActivate={setPair}
          />
        </div>
      </section>
    </section>
  );
}

/** A node's name in words: an exception says so ("… (uitzondering op Armoede en schulden)"). */
function nodeName(node: MatrixNode, t: ReturnType<typeof useT>): string {
  if (node.apart?.reason === 'exception')
    return `${node.title} (${t('app.map.exceptionNote', { subject: node.apart.subjectName })})`;
  return node.title;
}

/**
 * A row's title in the label column: a subject with its goal count ("Wonen (2)"), an exception marked with the
 * map's diamond ("◆ Kwijtschelding"); the legend explains both, and the header's name says them in words.
 */
function rowTitle(node: MatrixNode): string {
  if (node.kind === 'subject') return `${node.title} (${node.goalCount})`;
  return node.apart?.reason === 'exception' ? `◆ ${node.title}` : node.title;
}
