/**
 * The report as a small typed tree that every output format renders the same way: sections with headings,
 * paragraphs, lists, tables with a header row, and figure slots with their alternative text. Headings follow the
 * nesting (the document title is the one level-1 heading, top sections level 2, and so on), so no renderer can skip
 * a level. Plain text only: the renderers escape it for their format.
 */

export type ReportLang = 'nl' | 'en';

export interface Paragraph {
  kind: 'paragraph';
  text: string;
  /** 'note': an explanation in smaller type (how to read what follows). */
  style?: 'note';
}

export interface List {
  kind: 'list';
  items: string[];
  ordered?: boolean;
}

/** A term and its explanation: the method page's definitions. */
export interface Definitions {
  kind: 'definitions';
  items: { term: string; text: string }[];
}

export interface Column {
  label: string;
  /** Figures are right-aligned and never wrapped. */
  numeric?: boolean;
}

export interface Table {
  kind: 'table';
  /** Said above the table and read by screen readers as its name. */
  caption: string;
  columns: Column[];
  /** Every row has one cell per column. */
  rows: string[][];
  /** The first cell of each row names the row (a row header, `<th scope="row">`). */
  rowHeaders?: boolean;
}

/** A picture the caller supplies as SVG (the map, the matrix); without one, its alternative text stands in. */
export interface Figure {
  kind: 'figure';
  id: string;
  caption: string;
  /** What the picture shows, written from the figures: the alternative text, and the text when there is no picture. */
  alt: string;
  /** A standalone SVG document, or null when the caller had none. */
  svg: string | null;
}

export type Block = Paragraph | List | Definitions | Table | Figure;

export interface Section {
  /** Unique in the document: anchors and cross-references ("see the table under …"). */
  id: string;
  title: string;
  blocks: Block[];
  sections: Section[];
  /** Printed from the top of a new page (the method page, appendices). */
  pageBreak?: boolean;
}

export interface ReportDocument {
  lang: ReportLang;
  /** The one level-1 heading and the document's title. */
  title: string;
  /** Lines under the title: municipality, the draft, the date. */
  subtitle: string[];
  /** The heading of the table of contents, in the report's language. */
  contentsTitle: string;
  sections: Section[];
}

export const paragraph = (text: string, style?: 'note'): Paragraph =>
  style ? { kind: 'paragraph', text, style } : { kind: 'paragraph', text };

export const list = (items: string[], ordered = false): List =>
  ordered ? { kind: 'list', items, ordered } : { kind: 'list', items };

export function table(caption: string, columns: (string | Column)[], rows: string[][], rowHeaders = false): Table {
  const cols = columns.map((c) => (typeof c === 'string' ? { label: c } : c));
  for (const row of rows)
    if (row.length !== cols.length)
      throw new Error(`table “${caption}”: a row has ${row.length} cells, not ${cols.length}`);
  return rowHeaders
    ? { kind: 'table', caption, columns: cols, rows, rowHeaders }
    : { kind: 'table', caption, columns: cols, rows };
}

export const numeric = (label: string): Column => ({ label, numeric: true });

export function section(
  id: string,
  title: string,
  blocks: Block[],
  sections: Section[] = [],
  pageBreak = false,
): Section {
  return pageBreak ? { id, title, blocks, sections, pageBreak } : { id, title, blocks, sections };
}

/** Every section in document order, with its heading level (top sections 2). */
export function walkSections(doc: Pick<ReportDocument, 'sections'>): { section: Section; level: number }[] {
  const out: { section: Section; level: number }[] = [];
  const visit = (s: Section, level: number) => {
    out.push({ section: s, level });
    for (const child of s.sections) visit(child, level + 1);
  };
  for (const s of doc.sections) visit(s, 2);
  return out;
}

/** The deepest heading a renderer must support: the title (1), top sections (2) and two levels below them. */
export const MAX_HEADING_LEVEL = 4;
