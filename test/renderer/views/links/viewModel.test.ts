import { describe, expect, it } from 'vitest';
import { TYPICAL_LINKS } from '../../../../shared/catalogue';
import { linkEndGroups, linkEnds, linkOrigin, originCounts } from '../../../../renderer/views/links/viewModel';
import { subjectsExample } from '../../../fixtures/subjects/subjectsExample';

const typical = TYPICAL_LINKS.find((t) => t.id === 'armoede-en-schulden--werk-en-inkomen')!;
const taken = {
  kind: typical.kind,
  strength: typical.strength,
  rationale: typical.rationale.nl,
  catalogueLinkId: typical.id,
};

describe('where a link comes from', () => {
  it('a drawn link is the user’s own', () => {
    expect(linkOrigin({ kind: 'reinforces', strength: 2, rationale: 'Eigen reden' })).toEqual({ kind: 'own' });
  });

  it('a catalogue link as taken, in either language, is unchanged and carries the catalogue’s entry', () => {
    for (const rationale of [typical.rationale.nl, typical.rationale.en])
      expect(linkOrigin({ ...taken, rationale })).toEqual({
        kind: 'catalogue',
        typical,
        changed: false,
        catalogueLinkId: typical.id,
      });
  });

  it('weakened, of another kind or explained otherwise it is still the catalogue’s link, marked changed', () => {
    for (const change of [{ strength: 1 }, { kind: 'conflicts' as const }, { rationale: 'Bij ons anders' }])
      expect(linkOrigin({ ...taken, ...change })).toMatchObject({ kind: 'catalogue', changed: true });
  });

  it('a catalogue id this catalogue no longer has is still a catalogue link, without an entry', () => {
    expect(linkOrigin({ ...taken, catalogueLinkId: 'weg--weg' })).toEqual({
      kind: 'catalogue',
      typical: undefined,
      changed: false,
      catalogueLinkId: 'weg--weg',
    });
  });

  it('counts the links of each origin', () => {
    const p = subjectsExample();
    const links = [
      ...p.links,
      { ...taken, id: 'c1', source: 'subj_werk-en-inkomen', target: 'subj_armoede-en-schulden' },
    ];
    expect(originCounts(links)).toEqual({ catalogue: 1, own: p.links.length });
  });
});

describe('link ends: goals and subjects', () => {
  it('names both, saying which is a subject', () => {
    const ends = linkEnds(subjectsExample());
    expect(ends.get('goal_werk')).toEqual({ name: 'Meer inwoners uit de bijstand aan het werk', isSubject: false });
    expect(ends.get('subj_sport')).toEqual({ name: 'Sport en bewegen', isSubject: true });
  });

  it('offers goals, then subjects as a second group, in the form; only goals when there are no subjects', () => {
    const p = subjectsExample();
    const groups = linkEndGroups(p);
    expect(groups.map((g) => [g.group, g.options.length])).toEqual([
      ['goals', p.goals.length],
      ['subjects', p.subjects.length],
    ]);
    expect(groups[1]!.options[0]).toEqual({ id: p.subjects[0]!.id, label: p.subjects[0]!.name });
    expect(linkEndGroups({ ...p, subjects: [] }).map((g) => g.group)).toEqual(['goals']);
  });
});
