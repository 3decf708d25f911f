import { useEffect, useId, useMemo, useRef } from 'react';
import type { Project } from '../../../shared/model';
import { decisionKey } from '../../../shared/division/matchPublishedDivision';
import { Button } from '../../components/Button';
import { ProblemList } from '../../app/ProblemList';
import { useApp, useT } from '../../app/StoreContext';
import { formatNumber } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import {
  decide,
  decisionOfPick,
  pickOfDecision,
  pickOptions,
  previewCounts,
  toggle,
  type Decisions,
  type PastePreview,
  type PickOption,
  type PreviewText,
  type SubjectTarget,
} from './pasteDivisionModel';

interface PanelProps {
  project: Project;
  preview: PastePreview | null;
  decisions: Decisions;
  /** The text is being typed or a file read: the preview shows the last settled state meanwhile. */
  reading: boolean;
  onDecisions(next: Decisions): void;
  onReopen(key: string): void;
}

/** The live preview: the count (announced), what stops the take-in, the texts to decide on, and each holder. */
export function PastePreviewPanel({ project, preview, decisions, reading, onDecisions, onReopen }: PanelProps) {
  const t = useT();
  const lang = useApp((s) => s.locale);
  const headingId = useId();
  const options = useMemo(() => pickOptions(project, lang), [project, lang]);
  const byKey = useMemo(() => new Map((preview?.texts ?? []).map((x) => [x.key, x])), [preview]);
  const counts = preview ? previewCounts(preview) : null;
  // "Wijzigen" brings a recognised text into the list above: the focus follows it there, to its picker.
  const section = useRef<HTMLElement>(null);
  const focusKey = useRef<string | null>(null);
  useEffect(() => {
    const key = focusKey.current;
    if (key === null) return;
    focusKey.current = null;
    const items = section.current?.querySelectorAll<HTMLElement>('.paste-decide-item') ?? [];
    [...items]
      .find((el) => el.dataset.key === key)
      ?.querySelector('select')
      ?.focus();
  });
  const reopen = (key: string) => {
    focusKey.current = key;
    onReopen(key);
  };
  return (
    <section ref={section} className="paste-preview" aria-labelledby={headingId} aria-busy={reading}>
      <h3 id={headingId}>{t('app.paste.previewHeading')}</h3>
      <p className="paste-count" aria-live="polite">
        {counts ? t('app.paste.count', counts) : t('app.paste.previewEmpty')}
      </p>
      {preview && preview.refused.length > 0 ? (
        <div className="paste-refused">
          <strong>{t('app.paste.refusedHeading')}</strong>
          <ProblemList problems={preview.refused} t={t} />
        </div>
      ) : null}
      {preview && preview.toDecide.length > 0 ? (
        <section className="paste-section">
          <h4>{t('app.paste.decideHeading', { count: preview.toDecide.length })}</h4>
          <p className="explain">{t('app.paste.decideExplain')}</p>
          <ul className="paste-decide">
            {preview.toDecide.map((text) => (
              <DecideItem
                key={text.key}
                text={text}
                decisions={decisions}
                options={options}
                onDecisions={onDecisions}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {preview && preview.holders.length > 0 ? (
        <section className="paste-section">
          <h4>{t('app.paste.holdersHeading')}</h4>
          <ul className="paste-holders">
            {preview.holders.map((h, i) => (
              <li key={`${h.line}-${i}`} className="paste-holder">
                <h5>
                  {h.name}{' '}
                  <span className="paste-holder-meta">
                    {[
                      t(`app.role.${h.role}`),
                      h.roleNote,
                      h.party,
                      h.fte === null ? null : t('app.board.fte', { fte: formatNumber(h.fte, lang, 1) }),
                      h.reused ? t('app.paste.reused') : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </h5>
                {h.subjects.length === 0 ? (
                  <p className="explain">{t('app.paste.noSubjects')}</p>
                ) : (
                  <ul className="paste-subjects">
                    {h.subjects.map((s, j) => {
                      const text = byKey.get(decisionKey(s.published));
                      return text ? <SubjectLine key={j} text={text} holder={h.name} onReopen={reopen} /> : null;
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview && preview.warnings.length > 0 ? (
        <details className="paste-warnings">
          <summary>{t('app.paste.warningsHeading', { count: preview.warnings.length })}</summary>
          <ProblemList problems={preview.warnings} t={t} />
        </details>
      ) : null}
    </section>
  );
}

/** "Zorg · Welzijn — uit de catalogus": the kind once when all share it (the usual case), else per subject. */
function targetNames(t: Translate, targets: readonly SubjectTarget[]): string {
  const kinds = new Set(targets.map((x) => x.kind));
  if (kinds.size === 1) return `${targets.map((x) => x.name).join(' · ')} — ${t(`app.paste.kind.${targets[0]!.kind}`)}`;
  return targets.map((x) => `${x.name} — ${t(`app.paste.kind.${x.kind}`)}`).join(' · ');
}

/** What a text becomes, in words: colour and icon only repeat it. */
function statusSentence(t: Translate, text: PreviewText): string {
  const names = targetNames(t, text.targets);
  const pieces = text.leftover.map((p) => `‘${p}’`).join(', ');
  switch (text.status) {
    case 'matched':
      return t('app.paste.status.matched', { names });
    case 'partial':
      return t('app.paste.status.partial', { names, pieces });
    case 'unmatched':
      return t('app.paste.status.unmatched');
    case 'create':
      return text.targets[0]?.kind === 'new'
        ? t('app.paste.status.create', { name: text.targets[0].name })
        : t('app.paste.status.createExisting', { name: text.targets[0]?.name ?? '' });
    case 'pick':
      return t('app.paste.status.pick', { names });
    case 'skip':
      return t('app.paste.status.skip');
  }
}

const MARK: Record<PreviewText['status'], string> = {
  matched: '✓',
  partial: '◐',
  unmatched: '?',
  create: '+',
  pick: '✓',
  skip: '–',
};

function DecideItem({
  text,
  decisions,
  options,
  onDecisions,
}: {
  text: PreviewText;
  decisions: Decisions;
  options: { project: PickOption[]; catalogue: PickOption[] };
  onDecisions(next: Decisions): void;
}) {
  const t = useT();
  const textId = useId();
  const pickId = useId();
  const decided = Object.hasOwn(decisions, text.key);
  const picker = useRef<HTMLSelectElement>(null);
  return (
    <li className={`paste-decide-item paste-${text.status}`} data-published={text.published} data-key={text.key}>
      <p className="paste-decide-text">
        <span className="paste-mark" aria-hidden="true">
          {MARK[text.status]}
        </span>{' '}
        <strong id={textId}>{text.published}</strong> <span className="explain">({text.holders.join(', ')})</span>
      </p>
      <p className="paste-status">{statusSentence(t, text)}</p>
      <div className="paste-actions">
        <Button
          aria-pressed={text.status === 'create'}
          aria-describedby={textId}
          onClick={() => onDecisions(toggle(decisions, text.key, 'create'))}
        >
          {t('app.paste.create')}
        </Button>
        <span className="paste-pick">
          <span id={pickId}>{t('app.paste.pickLabel')}</span>{' '}
          <select
            ref={picker}
            aria-labelledby={`${pickId} ${textId}`}
            value={pickOfDecision(decisions[text.key])}
            onChange={(e) => onDecisions(decide(decisions, text.key, decisionOfPick(e.target.value)))}
          >
            <option value="">{t('app.paste.pickNone')}</option>
            {options.project.length > 0 ? (
              <optgroup label={t('app.paste.pickProject')}>
                {options.project.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label={t('app.paste.pickCatalogue')}>
              {options.catalogue.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          </select>
        </span>
        <Button
          aria-pressed={text.status === 'skip'}
          aria-describedby={textId}
          onClick={() => onDecisions(toggle(decisions, text.key, 'skip'))}
        >
          {t('app.paste.skip')}
        </Button>
        {decided ? (
          <Button
            variant="ghost"
            aria-describedby={textId}
            onClick={() => {
              // The button goes away with the choice: the focus stays in the row, on its picker.
              picker.current?.focus();
              onDecisions(decide(decisions, text.key, null));
            }}
          >
            {t('app.paste.reset')}
          </Button>
        ) : null}
      </div>
    </li>
  );
}

function SubjectLine({ text, holder, onReopen }: { text: PreviewText; holder: string; onReopen(key: string): void }) {
  const t = useT();
  const id = useId();
  const others = text.holders.filter((h) => h !== holder);
  return (
    <li className={`paste-subject paste-${text.status}`}>
      <span className="paste-subject-text">
        <span className="paste-mark" aria-hidden="true">
          {MARK[text.status]}
        </span>{' '}
        <span id={id} className="paste-published">
          {text.published}
        </span>
        <span className="paste-arrow" aria-hidden="true">
          {' '}
          →{' '}
        </span>
        <span className="paste-outcome">{statusSentence(t, text)}</span>
        {others.length > 0 ? (
          <span className="paste-shared"> {t('app.paste.sharedWith', { names: others.join(', ') })}</span>
        ) : null}
      </span>
      {text.status === 'matched' ? (
        <Button variant="ghost" className="paste-change" aria-describedby={id} onClick={() => onReopen(text.key)}>
          {t('app.paste.change')}
        </Button>
      ) : null}
    </li>
  );
}
