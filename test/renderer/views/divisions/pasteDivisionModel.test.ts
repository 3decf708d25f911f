import { describe, expect, it } from 'vitest';
import { smallExample } from '../../../fixtures/smallExample';
import type { Project, Subject } from '../../../../shared/model';
import { parsePublishedDivision } from '../../../../shared/division/parsePublishedDivision';
import { applyPublishedDivision } from '../../../../shared/division/applyPublishedDivision';
import {
  blockerOf,
  decide,
  decisionOfPick,
  pickOfDecision,
  pickOptions,
  previewCounts,
  previewOf,
  readPaste,
  sourceIsEmpty,
  summaryParams,
  takeInInput,
  toggle,
  uniqueDraftName,
  type Decisions,
} from '../../../../renderer/views/divisions/pasteDivisionModel';

// Written for this test: a heading, a mayor, a holder with party and FTE, a subject shared by two holders, one
// text the catalogue knows only in part and one it does not know at all.
const TEXT = [
  'Portefeuilleverdeling college 2026-2030',
  'Burgemeester Van Dam: openbare orde en veiligheid',
  'Wethouder Jansen (PvdA, 0,8 fte): werk en inkomen; armoede en schulden; Dorpshuizen en kernenbeleid Noord',
  'Wethouder Smit (CDA): wonen, kermis, werk en inkomen',
].join('\n');

const none = new Set<string>();
const text = (t: string) => ({ kind: 'text', text: t }) as const;

function preview(project: Project, decisions: Decisions = {}, reopened: ReadonlySet<string> = none) {
  return previewOf(project, readPaste(project, text(TEXT)), decisions, reopened, 'nl');
}

const statusOf = (p: ReturnType<typeof preview>, published: string) =>
  p.texts.find((x) => x.published === published)?.status;

describe('paste division preview', () => {
  it('lists holders with what each subject matched, and one entry per distinct text', () => {
    const p = preview(smallExample());
    expect(p.holders.map((h) => [h.name, h.role, h.party, h.fte, h.reused])).toEqual([
      ['Van Dam', 'burgemeester', null, null, false],
      ['Jansen', 'wethouder', 'PvdA', 0.8, false],
      ['Smit', 'wethouder', 'CDA', null, false],
    ]);
    expect(p.texts.map((x) => x.published)).toEqual([
      'openbare orde en veiligheid',
      'werk en inkomen',
      'armoede en schulden',
      'Dorpshuizen en kernenbeleid Noord',
      'wonen',
      'kermis',
    ]);
    const werk = p.texts.find((x) => x.published === 'werk en inkomen')!;
    expect(werk.status).toBe('matched');
    expect(werk.targets).toEqual([{ kind: 'catalogue', id: 'werk-en-inkomen', name: 'Werk en inkomen' }]);
    // Published under two holders: one text, shared.
    expect(werk.holders).toEqual(['Jansen', 'Smit']);
  });

  it('shows a text that matches several catalogue subjects with all of them', () => {
    const project = smallExample();
    const read = readPaste(project, text('Wethouder Smit: grondbeleid & wonen'));
    const p = previewOf(project, read, {}, none, 'en');
    expect(p.texts[0]!.targets.map((x) => x.id).sort()).toEqual(['grondbeleid', 'wonen']);
    expect(p.texts[0]!.targets.every((x) => x.kind === 'catalogue')).toBe(true);
  });

  it('asks about unmatched and partly matched texts only, and warns about the heading without refusing', () => {
    const p = preview(smallExample());
    expect(statusOf(p, 'kermis')).toBe('unmatched');
    expect(statusOf(p, 'Dorpshuizen en kernenbeleid Noord')).toBe('partial');
    expect(p.texts.find((x) => x.published === 'Dorpshuizen en kernenbeleid Noord')!.leftover).toEqual([
      'kernenbeleid Noord',
    ]);
    expect(p.toDecide.map((x) => x.published)).toEqual(['Dorpshuizen en kernenbeleid Noord', 'kermis']);
    expect(p.refused).toEqual([]);
    expect(p.warnings.map((w) => w.code)).toEqual(['divisionHeadingSkipped']);
    expect(previewCounts(p)).toEqual({ holders: 3, subjects: 6, open: 2, left: 1 });
    expect(blockerOf(p, 'Gepubliceerde verdeling')).toBeNull();
  });

  it('keeps a decided text in the list with its new status, and a reopened matched text too', () => {
    let d: Decisions = {};
    d = toggle(d, 'kermis', 'create');
    d = decide(d, 'dorpshuizen en kernenbeleid noord', decisionOfPick('catalogue:wijk-en-kerngericht-werken'));
    const p = preview(smallExample(), d, new Set(['wonen']));
    expect(p.toDecide.map((x) => [x.published, x.status])).toEqual([
      ['Dorpshuizen en kernenbeleid Noord', 'pick'],
      ['wonen', 'matched'],
      ['kermis', 'create'],
    ]);
    expect(p.texts.find((x) => x.published === 'kermis')!.targets).toEqual([{ kind: 'new', id: '', name: 'kermis' }]);
    expect(previewCounts(p)).toMatchObject({ open: 0, left: 0 });
    // Pressing "create" again takes the choice back; "leave out" is a decision of its own.
    expect(toggle(d, 'kermis', 'create')).not.toHaveProperty('kermis');
    const skipped = preview(smallExample(), toggle(d, 'kermis', 'skip'));
    expect(statusOf(skipped, 'kermis')).toBe('skip');
    expect(previewCounts(skipped).left).toBe(1);
  });

  it('shows a catalogue subject the project already has as that project subject, and a reused holder', () => {
    const own: Subject = {
      id: 'subj_werk',
      name: 'Werk & participatie',
      domainId: 'dom_sociaal',
      taakvelden: [],
      description: '',
      catalogueId: 'werk-en-inkomen',
    };
    const base = smallExample();
    const project = {
      ...base,
      subjects: [own],
      portfolios: base.portfolios.map((p, i) => (i === 1 ? { ...p, holder: 'Jansen' } : p)),
    };
    const p = preview(project);
    expect(p.texts.find((x) => x.published === 'werk en inkomen')!.targets).toEqual([
      { kind: 'subject', id: 'subj_werk', name: 'Werk & participatie' },
    ]);
    expect(p.holders.find((h) => h.name === 'Jansen')!.reused).toBe(true);
    const options = pickOptions(project, 'nl');
    expect(options.project).toEqual([{ value: 'subject:subj_werk', label: 'Werk & participatie' }]);
    expect(options.catalogue.some((o) => o.value === 'catalogue:werk-en-inkomen')).toBe(false);
    expect(options.catalogue.some((o) => o.value === 'catalogue:wonen')).toBe(true);
    const labels = options.catalogue.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'nl')));
  });

  it('turns picker values into decisions and back; a project id and a catalogue id stay apart', () => {
    expect(decisionOfPick('subject:wonen')).toEqual({ kind: 'match', subjectIds: ['wonen'] });
    expect(decisionOfPick('catalogue:wonen')).toEqual({ kind: 'match', catalogueIds: ['wonen'] });
    expect(decisionOfPick('')).toBeNull();
    for (const v of ['subject:wonen', 'catalogue:sport']) expect(pickOfDecision(decisionOfPick(v)!)).toBe(v);
    expect(pickOfDecision({ kind: 'create' })).toBe('');
    expect(pickOfDecision({ kind: 'match', catalogueIds: ['a', 'b'] })).toBe('');
  });

  it('refuses input with errors (not warnings), an empty box, and a draft without a name', () => {
    const project = smallExample();
    expect(sourceIsEmpty(text('  \n'))).toBe(true);
    expect(blockerOf(null, 'x')).toBe('empty');
    const bad = previewOf(project, readPaste(project, text('Wethouder (PvdA): zorg')), {}, none, 'nl');
    expect(bad.refused.length).toBeGreaterThan(0);
    expect(blockerOf(bad, 'x')).toBe('refused');
    expect(blockerOf(preview(project), '   ')).toBe('noName');
    const table = previewOf(
      project,
      readPaste(project, { kind: 'table', fileName: 'leeg.csv', division: { holders: [], problems: [] } }),
      {},
      none,
      'nl',
    );
    expect(blockerOf(table, 'x')).toBe('noHolders');
  });

  it('hands applyPublishedDivision only decisions about texts still in the division', () => {
    const project = smallExample();
    const read = readPaste(project, text(TEXT));
    const input = takeInInput(read, { kermis: { kind: 'create' }, oud: { kind: 'skip' } }, '  Coalitie  ', 'nl');
    expect(input.decisions).toEqual({ kermis: { kind: 'create' } });
    expect(input.divisionName).toBe('Coalitie');
    expect(input.holders).toBe(read.division.holders);
    const applied = applyPublishedDivision(project, input);
    if (!applied.ok) throw new Error('refused');
    expect(summaryParams(applied.summary, 'Coalitie')).toEqual({
      name: 'Coalitie',
      holders: 3,
      newHolders: 3,
      // 5 catalogue subjects (werk en inkomen once, though shared) and kermis created.
      subjects: 6,
      shared: 1,
      links: applied.summary.linksAdded,
      left: 1,
    });
    expect(applied.summary.unmatched.map((u) => u.published)).toEqual(['Dorpshuizen en kernenbeleid Noord']);
  });

  it('numbers the default name when the project has a draft of that name', () => {
    const project = smallExample();
    expect(uniqueDraftName(project, 'Gepubliceerde verdeling')).toBe('Gepubliceerde verdeling');
    const named = (n: string) => ({ ...project.divisions[0]!, name: n });
    const two = { divisions: [named('Gepubliceerde verdeling'), named('Gepubliceerde verdeling 2')] };
    expect(uniqueDraftName(two, 'Gepubliceerde verdeling')).toBe('Gepubliceerde verdeling 3');
  });

  it('reads a table source as it is, without parsing text', () => {
    const division = parsePublishedDivision('Wethouder Smit: wonen');
    const read = readPaste(smallExample(), { kind: 'table', fileName: 'x.csv', division });
    expect(read.division).toBe(division);
    expect(read.matches.map((m) => m.catalogueIds)).toEqual([['wonen']]);
  });
});
