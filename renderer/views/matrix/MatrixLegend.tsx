import { LINK_KINDS } from '../../../shared/model';
import { useT } from '../../app/StoreContext';
import { KIND_MARK, cellFill } from './kindMarks';
import { KindSwatch } from './KindSwatch';
import { SPLIT_FIELD } from './DsmFrame';

function Swatch({ fill, stroke, dashed }: { fill: string; stroke: string; dashed?: boolean }) {
  return (
    <svg width={18} height={18} aria-hidden="true" className="legend-swatch">
      <rect
        x={1}
        y={1}
        width={16}
        height={16}
        fill={fill}
        stroke={stroke}
        strokeWidth={dashed ? 2 : 1}
        strokeDasharray={dashed ? '4 2' : undefined}
      />
    </svg>
  );
}

/** Every mark of the matrix in words: the kinds (colour and glyph), the shades of strength, blocks and stripes. */
export function MatrixLegend({ subjects = false }: { subjects?: boolean }) {
  const t = useT();
  return (
    <section className="matrix-legend" aria-labelledby="matrix-legend-heading">
      <h3 id="matrix-legend-heading">{t('app.matrix.legend')}</h3>
      <ul>
        {LINK_KINDS.map((kind) => {
          return (
            <li key={kind}>
              <KindSwatch kind={kind} />
              {t(`app.kind.${kind}`)}
            </li>
          );
        })}
      </ul>
      <ul>
        <li>
          {[1, 2, 3].map((w) => (
            <Swatch key={w} fill={cellFill('reinforces', w)} stroke={KIND_MARK.reinforces.colour} />
          ))}
          {t('app.matrix.legendStrength')}
        </li>
        <li>
          <Swatch fill="#eef1f4" stroke="#1b1f24" dashed={false} />
          {t('app.matrix.legendBlock')}
        </li>
        <li>
          <svg width={18} height={18} aria-hidden="true" className="legend-swatch">
            <rect x={1} y={1} width={16} height={16} fill={SPLIT_FIELD} />
            <rect x={1} y={7} width={10} height={10} fill="#eef1f4" stroke="#1b1f24" strokeWidth={1.5} />
            <rect x={11} y={1} width={6} height={6} fill={cellFill('reinforces', 3)} />
          </svg>
          {t('app.matrix.legendOutside')}
        </li>
        <li>
          <Swatch fill="#f3f5f7" stroke="#1b1f24" dashed />
          {t('app.matrix.legendUnassigned')}
        </li>
        <li>
          <span className="legend-swatch legend-text" aria-hidden="true">
            {t('app.matrix.legendDomainSample')}
          </span>
          {t('app.matrix.legendDomain')}
        </li>
        <li>
          <svg width={18} height={18} aria-hidden="true" className="legend-swatch">
            <rect x={1} y={1} width={16} height={16} fill="#ffffff" stroke="#767f89" />
            <circle cx={13} cy={5} r={2.5} fill="#1b1f24" />
          </svg>
          {t(subjects ? 'app.matrix.legendMoreSubjects' : 'app.matrix.legendMore')}
        </li>
        {subjects ? (
          <>
            <li>
              <span className="legend-swatch legend-text" aria-hidden="true">
                (4)
              </span>
              {t('app.matrix.legendSubject')}
            </li>
            <li>
              <span className="legend-swatch legend-text" aria-hidden="true">
                ◆
              </span>
              {t('app.matrix.legendException')}
            </li>
          </>
        ) : null}
      </ul>
    </section>
  );
}
