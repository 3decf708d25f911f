import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table as DocxTable,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Figure, ReportDocument, Section, Table } from '../document';

/** A picture the caller rasterised (PNG, for every Word) with, optionally, the SVG itself (sharp in newer Word). */
export interface DocxPicture {
  png: Uint8Array;
  /** Size in pixels at 96 to the inch; the picture is scaled down to the text width, proportions kept. */
  width: number;
  height: number;
  svg?: Uint8Array;
}

export interface DocxOptions {
  /** Pictures by figure id (`kaart`, `matrix`); a figure without one is its caption and alt text as paragraphs. */
  pictures?: Readonly<Record<string, DocxPicture>>;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
/** A4 less 2.5 cm margins on both sides, in pixels at 96 to the inch. */
const TEXT_WIDTH_PX = 602;

const heading = (text: string, level: number, pageBreakBefore = false) =>
  new Paragraph({ text, heading: HEADINGS[Math.min(level, 6) - 1], pageBreakBefore, keepNext: true });

function tableDocx(t: Table): (Paragraph | DocxTable)[] {
  const align = (i: number) => (t.columns[i]?.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const cellOf = (text: string, i: number, bold: boolean) =>
    new TableCell({
      children: [new Paragraph({ alignment: align(i), children: [new TextRun({ text, bold })] })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => cellOf(c.label, i, true)),
  });
  const rows = t.rows.map(
    (row) =>
      new TableRow({ cantSplit: true, children: row.map((text, i) => cellOf(text, i, i === 0 && !!t.rowHeaders)) }),
  );
  return [
    // Word has no table caption of its own in this library: the caption style, kept with the table.
    new Paragraph({ text: t.caption, style: 'Caption', keepNext: true }),
    new DocxTable({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
    new Paragraph({ text: '' }),
  ];
}

function figureDocx(f: Figure, picture: DocxPicture | undefined): Paragraph[] {
  const caption = new Paragraph({ text: f.caption, style: 'Caption' });
  if (!picture) return [new Paragraph({ text: f.alt }), caption];
  const scale = Math.min(1, TEXT_WIDTH_PX / picture.width);
  const transformation = { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) };
  const altText = { name: f.id, title: f.caption, description: f.alt };
  const image = picture.svg
    ? new ImageRun({
        type: 'svg',
        data: picture.svg,
        fallback: { type: 'png', data: picture.png },
        transformation,
        altText,
      })
    : new ImageRun({ type: 'png', data: picture.png, transformation, altText });
  return [new Paragraph({ children: [image], keepNext: true }), caption];
}

function blockDocx(b: Block, options: DocxOptions): (Paragraph | DocxTable)[] {
  switch (b.kind) {
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: b.text, italics: b.style === 'note' })] })];
    case 'list':
      return b.items.map((item, i) =>
        b.ordered ? new Paragraph({ text: `${i + 1}. ${item}` }) : new Paragraph({ text: item, bullet: { level: 0 } }),
      );
    case 'definitions':
      return b.items.map(
        (d) => new Paragraph({ children: [new TextRun({ text: `${d.term}: `, bold: true }), new TextRun(d.text)] }),
      );
    case 'table':
      return tableDocx(b);
    case 'figure':
      return figureDocx(b, options.pictures?.[b.id]);
  }
}

function sectionDocx(s: Section, level: number, options: DocxOptions): (Paragraph | DocxTable)[] {
  return [
    heading(s.title, level, !!s.pageBreak),
    ...s.blocks.flatMap((b) => blockDocx(b, options)),
    ...s.sections.flatMap((c) => sectionDocx(c, level + 1, options)),
  ];
}

/**
 * The report as a Word document for an annex: Word's own heading styles (Heading 1 the title, Heading 2 … 4 the
 * sections, so the navigation pane and a table of contents work), tables whose header row repeats on every page
 * (`tableHeader`) with a caption above, pictures with alt text (title and description) when the caller rasterised
 * them, else the alt text as a paragraph, and the document language set on every run.
 */
export async function reportDocx(doc: ReportDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const language = { value: doc.lang === 'nl' ? 'nl-NL' : 'en-GB' };
  const document = new Document({
    title: doc.title,
    creator: 'Samenhang',
    description: doc.subtitle.join(' — '),
    styles: { default: { document: { run: { language, font: 'Calibri', size: 21 } } } },
    sections: [
      {
        children: [
          heading(doc.title, 1),
          ...doc.subtitle.map((line) => new Paragraph({ text: line })),
          ...doc.sections.flatMap((s) => sectionDocx(s, 2, options)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
