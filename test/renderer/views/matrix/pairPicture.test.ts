// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { voorbeeldProject } from '../../../../shared/example/voorbeeld';
import { derivedOf } from '../../../../renderer/derived/derived';
import { createTranslator } from '../../../../renderer/i18n/translate';
import { pairMatrix } from '../../../../renderer/views/matrix/viewModel';
import { heaviestPairs, pairCovers, pairPictureSvg } from '../../../../renderer/views/matrix/pairPicture';

const project = voorbeeldProject();
const derived = derivedOf(project);

function pictureOf(draftId: string, locale: 'nl' | 'en') {
  const draft = project.divisions.find((d) => d.id === draftId)!;
  const report = derived.report(draftId)!;
  const pairs = pairMatrix(draft.portfolioIds, report);
  const svg = pairPictureSvg({
    pairs,
    report,
    names: derived.names,
    t: createTranslator(locale),
    locale,
    project: project.name,
    draft: draft.name,
  })!;
  return { draft, report, pairs, svg, doc: new DOMParser().parseFromString(svg, 'image/svg+xml') };
}

describe('the coordination matrix picture of Gemeente Voorbeeld', () => {
  it('names the heaviest pair of the classic draft with the weight and count the coherence report gives', () => {
    const { report, pairs, svg, doc } = pictureOf('div_klassiek', 'nl');
    expect(doc.querySelector('parsererror')).toBeNull();
    const top = [...report.coordination].sort((x, y) => y.weight - x.weight || y.links.length - x.links.length)[0]!;
    const heaviest = heaviestPairs(pairs)[0]!;
    expect(heaviest.weight).toBe(top.weight);
    const name = (id: string) => derived.names.portfolio(id);
    const lead = doc.querySelectorAll('text')[2]!.textContent!;
    expect(lead).toContain('Het zwaarste paar');
    expect(lead).toContain(String(top.weight));
    expect([name(top.a), name(top.b)].sort()).toEqual(
      [name(pairs.holders[heaviest.a]!), name(pairs.holders[heaviest.b]!)].sort(),
    );
    // Every pair's weight is in the picture, in each triangle: the cells add up to twice the split weight between holders.
    const cells = [...doc.querySelectorAll('text[font-size="15"]')].map((t) =>
      Number(t.textContent!.replace(',', '.')),
    );
    const total = report.coordination.reduce((s, p) => s + p.weight, 0);
    expect(cells.reduce((s, w) => s + w, 0)).toBeCloseTo(2 * total, 6);
    expect(svg).toContain('verdeling ‘' + project.divisions[0]!.name);
  });

  it('marks the pairs the mixed draft covers by arrangement and says in the legend what the marks mean', () => {
    const { draft, report, svg } = pictureOf('div_gemengd', 'en');
    const covers = pairCovers(draft.portfolioIds, report.agenda);
    expect(covers).not.toBeNull();
    expect(covers!.some((c) => c === 'covered' || c === 'partly')).toBe(true);
    expect(svg).toMatch(/\(\d+\) [✓◐∥]/);
    expect(svg).toContain('covered by an arrangement');
    expect(svg).toContain('The heaviest pair');
  });

  it('marks nothing for a draft without arrangements or deliberate splits', () => {
    const { draft, report, svg } = pictureOf('div_klassiek', 'nl');
    expect(pairCovers(draft.portfolioIds, report.agenda)).toBeNull();
    expect(svg).not.toMatch(/[✓◐∥]/);
  });
});
