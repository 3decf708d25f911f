import { inflateSync } from 'node:zlib';

/**
 * What a PDF says about its accessibility, read from its objects: the structure tree, the document language, the
 * structure types used (H1, Table, TH, Figure, …) and how many figures carry alternative text. Compressed object
 * streams are inflated first, so tags written inside them count too. A reader of our own, not a validator: enough
 * to tell a tagged PDF with headings, table headers and described pictures from one without.
 */
export function pdfTags(pdf: Buffer): {
  structTree: boolean;
  lang: string | null;
  types: string[];
  figuresWithAlt: number;
} {
  const raw = pdf.toString('latin1');
  const parts = [raw];
  const stream = /stream\r?\n/g;
  for (let m = stream.exec(raw); m; m = stream.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a Flate stream, or an image: nothing to read
    }
    stream.lastIndex = end;
  }
  const text = parts.join('\n');
  const types = new Set<string>();
  for (const m of text.matchAll(/\/S\s*\/([A-Za-z0-9]+)/g)) types.add(m[1]!);
  const lang = /\/Lang\s*\(([^)]*)\)/.exec(text)?.[1] ?? null;
  // A Figure element's dictionary: "/S /Figure" with an "/Alt (…)" or "/Alt <FEFF…>" in the same dictionary.
  let figuresWithAlt = 0;
  for (const m of text.matchAll(/<<(?:(?!<<|>>)[\s\S])*\/S\s*\/Figure(?:(?!<<|>>)[\s\S])*>>/g))
    if (/\/Alt\s*[(<]/.test(m[0])) figuresWithAlt++;
  return { structTree: /\/StructTreeRoot/.test(text), lang, types: [...types].sort(), figuresWithAlt };
}
