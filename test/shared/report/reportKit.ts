import { createTranslator, type Locale } from '../../../renderer/i18n/translate';
import { formatMoney, formatNumber, formatPercent, formatDateTime } from '../../../renderer/i18n/format';
import type { ReportSettings } from '../../../shared/report/reportContext';
import { walkSections, type Block, type ReportDocument } from '../../../shared/report/document';

/** The app's own translator and formats for a report in `lang`: what the app passes the report builders. */
export function reportSettings(lang: Locale): ReportSettings {
  const t = createTranslator(lang);
  return {
    lang,
    t: (key, params) => t(key as Parameters<typeof t>[0], params),
    fmt: {
      number: (v, digits = 0) => formatNumber(v, lang, digits),
      percent: (v) => formatPercent(v, lang),
      money: (v) => formatMoney(v, lang),
      date: (iso) => formatDateTime(iso, lang),
    },
  };
}

/** Every text of the document: title, headings, cells, paragraphs, list items, captions, alt texts. */
export function textsOf(doc: ReportDocument): string[] {
  const out = [doc.title, ...doc.subtitle];
  const block = (b: Block) => {
    if (b.kind === 'paragraph') out.push(b.text);
    else if (b.kind === 'list') out.push(...b.items);
    else if (b.kind === 'definitions') for (const d of b.items) out.push(d.term, d.text);
    else if (b.kind === 'table') out.push(b.caption, ...b.columns.map((c) => c.label), ...b.rows.flat());
    else out.push(b.caption, b.alt);
  };
  for (const { section } of walkSections(doc)) {
    out.push(section.title);
    section.blocks.forEach(block);
  }
  return out;
}
