import { useId, useMemo, useRef } from 'react';
import { arc, chord, ribbon, type Chord, type ChordGroup } from 'd3';
import { useApp, useAppStore, useT } from '../../app/StoreContext';
import { formatNumber } from '../../i18n/format';
import type { Names } from '../../derived/names';
import type { PairMatrix } from './viewModel';
import { clip } from './DsmRows';
import { savePicture } from '../../app/pictureFiles';
import { drawingSvg } from './drawingSvg';
import { SavePictureButtons } from './SavePictureButtons';

const WIDTH = 600;
const HEIGHT = 400;
const OUTER = 150;
const INNER = 134;
/** Ribbons carry the split colour of the map's split links; the arcs carry each holder's colour. */
const RIBBON = '#c4451c';

/**
 * The coordination agenda as a chord diagram: one arc per holder, sized by the split weight it shares, one ribbon
 * per pair. Computed with d3-chord, drawn as JSX. Its text alternative is the coordination matrix (`describedBy`).
 */
export function ChordDiagram({
  pairs,
  names,
  describedBy,
  active,
  onActivate,
}: {
  pairs: PairMatrix;
  names: Names;
  describedBy: string;
  active: readonly [number, number] | null;
  onActivate(pair: readonly [number, number] | null): void;
}) {
  const t = useT();
  const store = useAppStore();
  const locale = useApp((s) => s.locale);
  const svgRef = useRef<SVGSVGElement>(null);
  const titleId = useId();
  const k = pairs.holders.length;
  const layout = useMemo(() => {
    const m = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => pairs.weight[i * k + j]!));
    return chord()
      .padAngle(0.05)
      .sortSubgroups((a, b) => b - a)(m);
  }, [pairs, k]);
  const groupArc = useMemo(() => arc<ChordGroup>().innerRadius(INNER).outerRadius(OUTER), []);
  const ribbonPath = useMemo(() => ribbon<Chord, unknown>().radius(INNER - 1), []);
  const total = pairs.weight.reduce((s, w) => s + w, 0);
  if (total === 0) return <p className="explain">{t('app.analysis.noCoordination')}</p>;

  const colour = (i: number) => names.colour(pairs.holders[i]!) ?? '#4a525c';
  const isActive = (c: Chord) =>
    !!active &&
    ((c.source.index === active[0] && c.target.index === active[1]) ||
      (c.source.index === active[1] && c.target.index === active[0]));
  return (
    <figure className="chord">
      <svg
        ref={svgRef}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${-WIDTH / 2} ${-HEIGHT / 2} ${WIDTH} ${HEIGHT}`}
        fontFamily="'Segoe UI', system-ui, Arial, sans-serif"
        fontSize={12}
      >
        <title id={titleId}>{t('app.matrix.chordTitle')}</title>
        <g>
          {layout.map((c) => {
            const on = isActive(c);
            return (
              <path
                key={`${c.source.index}-${c.target.index}`}
                d={ribbonPath(c) as unknown as string}
                fill={RIBBON}
                fillOpacity={active ? (on ? 0.85 : 0.15) : 0.55}
                stroke="#ffffff"
                strokeWidth={on ? 2 : 1}
                className="chord-ribbon"
                onClick={() => onActivate(on ? null : [c.source.index, c.target.index])}
              >
                <title>
                  {`${names.portfolio(pairs.holders[c.source.index]!)} ↔ ${names.portfolio(pairs.holders[c.target.index]!)}: ${formatNumber(c.source.value, locale, 1)}`}
                </title>
              </path>
            );
          })}
        </g>
        <g>
          {layout.groups.map((gr) => {
            const mid = (gr.startAngle + gr.endAngle) / 2;
            // Labels stay horizontal, to the right of the circle's right half and to the left of its left half.
            const x = Math.sin(mid) * (OUTER + 8);
            const y = -Math.cos(mid) * (OUTER + 8);
            const right = x >= 0;
            return (
              <g key={gr.index}>
                <path d={groupArc(gr) ?? ''} fill={colour(gr.index)} stroke="#1b1f24" strokeWidth={0.5} />
                {gr.value > 0 ? (
                  <text
                    x={x}
                    y={y}
                    textAnchor={right ? 'start' : 'end'}
                    dominantBaseline={Math.abs(y) > OUTER * 0.8 ? (y < 0 ? 'auto' : 'hanging') : 'central'}
                    fill="#1b1f24"
                  >
                    {clip(names.portfolio(pairs.holders[gr.index]!), WIDTH / 2 - Math.abs(x) - 4, 12)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="explain">
        {t('app.matrix.chordExplain')}{' '}
        <SavePictureButtons
          label={t('app.matrix.saveChord')}
          onSave={(kind) =>
            svgRef.current && void savePicture(store, drawingSvg(svgRef.current), t('app.matrix.chordFileName'), kind)
          }
        />
      </figcaption>
    </figure>
  );
}
