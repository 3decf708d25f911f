import { draftLoads } from '../../shared/analysis/draftLoads';
import type { ReportDocument } from '../../shared/report/document';
import { draftReport } from '../../shared/report/draftReport';
import { compareReport } from '../../shared/report/compareReport';
import type { ReportSettings } from '../../shared/report/reportContext';
import { reportHtml } from '../../shared/report/render/html';
import { reportMarkdown } from '../../shared/report/render/markdown';
import { reportDocx, type DocxPicture } from '../../shared/report/render/docx';
import { derivedOf } from '../derived/derived';
import { createTranslator, hasMessage, type Locale, type MessageKey } from '../i18n/translate';
import { formatDateTime, formatMoney, formatNumber, formatPercent } from '../i18n/format';
import { PlatformError } from '../platform/PlatformError';
import type { AppState, AppStore } from '../store/appStore';
import { holdersOutside } from '../store/viewSlice';
import { suggestionBands } from '../views/analysis/suggestionBands';
import { svgToPng } from './pictureFiles';
import { draftFileName } from './fileActions';
import { reportMapSvg, reportMatrixSvg } from './reportPictures';
import { reportProposal } from './reportProposal';

export const REPORT_FORMATS = ['pdf', 'html', 'md', 'docx'] as const;
export type ReportFileFormat = (typeof REPORT_FORMATS)[number];

export interface ReportRequest {
  /** One draft's report, or a comparison of `draftId` (the first) with `compareId`. */
  kind: 'draft' | 'compare';
  draftId: string;
  compareId: string | null;
  format: ReportFileFormat;
}

const FORMAT: Record<ReportFileFormat, { ext: string; mime: string; filter: string }> = {
  pdf: { ext: 'pdf', mime: 'application/pdf', filter: 'PDF' },
  html: { ext: 'html', mime: 'text/html', filter: 'HTML' },
  md: { ext: 'md', mime: 'text/markdown', filter: 'Markdown' },
  docx: {
    ext: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    filter: 'Word',
  },
};

/** The app's translator and number formats in `locale`, as the report builders take them. */
export function reportSettingsFor(locale: Locale): ReportSettings {
  const t = createTranslator(locale);
  return {
    lang: locale,
    t: (key, params) => t(key as MessageKey, params),
    fmt: {
      number: (v, digits = 0) => formatNumber(v, locale, digits),
      percent: (v) => formatPercent(v, locale),
      money: (v) => formatMoney(v, locale),
      date: (iso) => formatDateTime(iso, locale),
    },
  };
}

/**
 * The report as the app makes it, in the UI's language: figures from the project's memoised graph, the map drawn
 * by the map view's own export and the coordination matrix by the matrix view's, the suggestions with the balance
 * setting and move level of Analyse, and the optimiser's proposal when the store holds one for the draft.
 */
export function buildReport(
  state: Pick<AppState, 'project' | 'locale' | 'level' | 'balance' | 'moveLevel' | 'optimiserResult' | 'deps'>,
  req: Pick<ReportRequest, 'kind' | 'draftId' | 'compareId'>,
): ReportDocument | null {
  const project = state.project;
  if (!project) return null;
  const division = project.divisions.find((d) => d.id === req.draftId);
  if (!division) return null;
  const settings = reportSettingsFor(state.locale);
  const t = createTranslator(state.locale);
  const graph = derivedOf(project).graph;
  const date = state.deps.now();
  if (req.kind === 'compare') {
    if (!req.compareId || !project.divisions.some((d) => d.id === req.compareId)) return null;
    return compareReport(project, req.draftId, req.compareId, {
      ...settings,
      graph,
      date,
      pictures: {
        map: reportMapSvg(state, req.compareId, req.draftId, t),
        matrix: reportMatrixSvg(state, req.compareId, t),
      },
    });
  }
  const balance = state.balance;
  const loads = draftLoads(project, division, holdersOutside({ outside: balance.outside }, project, division));
  return draftReport(project, division.id, {
    ...settings,
    graph,
    date,
    bridging: { top: 10 },
    suggestions: {
      balance: balance.by,
      tolerance: balance.tolerance,
      level: project.subjects.length ? state.moveLevel : 'goal',
      bands: suggestionBands(loads, balance),
      limit: 5,
    },
    proposal: reportProposal(project, division.id, state.optimiserResult, t),
    pictures: { map: reportMapSvg(state, division.id, null, t), matrix: reportMatrixSvg(state, division.id, t) },
  });
}

/** The pictures for Word: each SVG with a PNG beside it (Word before 2016 shows only the PNG). */
async function docxPictures(doc: ReportDocument): Promise<Record<string, DocxPicture>> {
  const out: Record<string, DocxPicture> = {};
  for (const s of doc.sections)
    for (const b of s.blocks) {
      if (b.kind !== 'figure' || b.svg === null) continue;
      const size = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(b.svg);
      if (!size) continue;
      try {
        out[b.id] = {
          png: await svgToPng(b.svg),
          width: Number(size[1]),
          height: Number(size[2]),
          svg: new TextEncoder().encode(b.svg),
        };
      } catch {
        // No canvas (a test, a locked-down browser): the figure stays its alt text, as the report says.
      }
    }
  return out;
}

/** Makes the report and saves it through the platform: PDF by printing it, the other formats as files. */
export async function exportReport(store: AppStore, req: ReportRequest): Promise<void> {
  const s = store.getState();
  const doc = buildReport(s, req);
  if (!doc || !s.project) return;
  const draft = s.project.divisions.find((d) => d.id === req.draftId)!;
  const word =
    s.locale === 'nl'
      ? req.kind === 'compare'
        ? 'vergelijking'
        : 'rapport'
      : req.kind === 'compare'
        ? 'comparison'
        : 'report';
  const f = FORMAT[req.format];
  const suggestedName = draftFileName(s.project, ` - ${word}`, draft.name, `.${f.ext}`);
  const platform = s.deps.platform;
  try {
    if (req.format === 'pdf') {
      const saved = await platform.exportReportPdf(suggestedName, reportHtml(doc));
      if (!saved) return;
      if (platform.kind === 'browser') s.notify({ kind: 'info', key: 'app.notice.pdfPrinting' });
      else s.notify({ kind: 'info', key: 'app.notice.fileSaved', params: { name: saved.name } });
      return;
    }
    const data =
      req.format === 'html'
        ? reportHtml(doc)
        : req.format === 'md'
          ? reportMarkdown(doc)
          : await reportDocx(doc, { pictures: await docxPictures(doc) });
    const saved = await platform.saveFile({
      suggestedName,
      data,
      mime: f.mime,
      saveAs: true,
      filters: [{ name: f.filter, extensions: [f.ext] }],
    });
    if (saved) s.notify({ kind: 'info', key: 'app.notice.fileSaved', params: { name: saved.name } });
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    const platformKey = `platform.${error.code}` as const;
    const known: MessageKey =
      error.code === 'report.popupBlocked'
        ? 'report.ui.popupBlocked'
        : hasMessage(platformKey)
          ? platformKey
          : 'platform.unknown';
    s.notify({
      kind: 'error',
      key: known,
      params: { ...error.params, code: error.code, action: createTranslator(s.locale)('report.ui.title') },
    });
  }
}
