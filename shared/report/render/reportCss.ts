/**
 * The report's stylesheet, for the screen and for print. Print: A4 with margins, headings never last on a page,
 * table header rows repeated on every page (`display: table-header-group`), rows not cut in two, the method page
 * and annexes from a new page, the table of contents on a page of its own. Colours keep at least 4.5:1 contrast.
 * Kept as text so the HTML file carries it inline and a page under a CSP without inline styles can adopt it
 * (`CSSStyleSheet.replaceSync`).
 */
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
:root { color: #16191d; background: #fff; }
body { font: 10.5pt/1.45 system-ui, "Segoe UI", Roboto, Arial, sans-serif; max-width: 62rem; margin: 2rem auto; padding: 0 1.25rem; }
header.report-title { border-bottom: 3px solid #1f5fa8; margin-bottom: 1.25rem; padding-bottom: .5rem; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 15pt; margin: 1.6rem 0 .5rem; padding-bottom: .15rem; border-bottom: 1px solid #aeb6bf; }
h3 { font-size: 12.5pt; margin: 1.2rem 0 .4rem; }
h4 { font-size: 11pt; margin: 1rem 0 .3rem; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: .35rem 0 .6rem; }
p.subtitle { margin: .1rem 0; color: #3b434c; }
p.note { color: #3b434c; font-size: 9.5pt; }
nav.toc ol { padding-left: 1.4rem; }
nav.toc a { color: #16191d; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: 9pt; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .2rem 0 .3rem; }
th, td { border: 1px solid #b9c0c8; padding: .22rem .4rem; vertical-align: top; text-align: left; overflow-wrap: break-word; hyphens: auto; }
thead th { background: #e8edf2; }
tbody th[scope="row"] { font-weight: 600; background: #f6f8fa; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
tr, figure, dt { break-inside: avoid; page-break-inside: avoid; }
dl { margin: .5rem 0; }
dt { font-weight: 600; margin-top: .6rem; }
dd { margin: .1rem 0 .4rem 1.2rem; }
figure { margin: 1rem 0; }
figure svg { display: block; max-width: 100%; height: auto; border: 1px solid #d5dae0; }
figcaption { font-weight: 600; margin-top: .3rem; }
p.figure-text { border: 1px dashed #8a939d; padding: .5rem .7rem; }
section.page-break { break-before: page; page-break-before: always; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  nav.toc { break-after: page; page-break-after: always; }
  a { color: inherit; text-decoration: none; }
}
`;
