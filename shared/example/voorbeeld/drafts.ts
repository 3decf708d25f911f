import type { DivisionInput } from '../../model';
import { BURGEMEESTER, COLLEGE, DE_BOER, HENDRIKS, MULDER, SMIT, YILMAZ } from './holders';
import { goalId, subjectId } from './rows';

/**
 * The three drafts the example opens with. Each gives every subject to one holder (goals follow their subject) and
 * names a few goals as exceptions; the burgemeester keeps openbare orde en veiligheid in each, locked (Gemeentewet
 * art. 172), as goals so that duplicating a draft in the app keeps the locks.
 */

type Holding = Record<string, string[]>;

const OOV_GOALS = ['ondermijning', 'onbegrepen_gedrag', 'jeugdcriminaliteit', 'veilige_wijken', 'veiligheidsregio'];

function subjectsOf(holding: Holding): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [holder, subjects] of Object.entries(holding)) for (const s of subjects) out[subjectId(s)] = [holder];
  return out;
}

function draft(
  fields: Omit<DivisionInput, 'portfolioIds' | 'subjects' | 'assignments' | 'locked'> & {
    holding: Holding;
    exceptions?: Record<string, string>;
  },
): DivisionInput {
  const { holding, exceptions = {}, ...rest } = fields;
  const assignments: Record<string, string> = Object.fromEntries(OOV_GOALS.map((g) => [goalId(g), BURGEMEESTER]));
  for (const [goal, holder] of Object.entries(exceptions)) assignments[goalId(goal)] = holder;
  return {
    ...rest,
    portfolioIds: [...COLLEGE],
    subjects: subjectsOf(holding),
    assignments,
    locked: OOV_GOALS.map(goalId),
  };
}

/** The split colleges usually make: two social, two physical portfolios and one for the finances. */
const KLASSIEK: Holding = {
  [BURGEMEESTER]: ['openbare-orde-en-veiligheid', 'handhaving'],
  [MULDER]: ['financien', 'economie', 'arbeidsmarkt', 'mobiliteit', 'openbare-ruimte', 'wijk-en-kerngericht-werken'],
  [YILMAZ]: ['wonen', 'ruimtelijke-ordening', 'omgevingswet', 'grondbeleid'],
  [HENDRIKS]: ['duurzaamheid-en-energie', 'groen', 'klimaatadaptatie'],
  [DE_BOER]: [
    'zorg-en-ondersteuning',
    'toegang-sociaal-domein',
    'jeugd',
    'volksgezondheid',
    'welzijn',
    'beschermd-wonen-en-opvang',
  ],
  [SMIT]: ['werk-en-inkomen', 'armoede-en-schulden', 'integratie-en-inburgering', 'onderwijs', 'sport'],
};

/**
 * Around shared target groups and places: bestaanszekerheid (Smit); gezond wonen en leefomgeving, with the
 * Omgevingswet instruments beside health and housing for vulnerable groups (De Boer); opgroeien (Hendriks,
 * part-time); zorg en welzijn in de wijk, with the wijk's public space (Yilmaz); middelen, economie, energie en
 * bereikbaarheid (Mulder).
 */
const INTEGRAAL: Holding = {
  [BURGEMEESTER]: ['openbare-orde-en-veiligheid', 'handhaving'],
  [SMIT]: ['werk-en-inkomen', 'armoede-en-schulden', 'integratie-en-inburgering', 'arbeidsmarkt'],
  [DE_BOER]: [
    'volksgezondheid',
    'wonen',
    'beschermd-wonen-en-opvang',
    'omgevingswet',
    'ruimtelijke-ordening',
    'groen',
    'klimaatadaptatie',
  ],
  [HENDRIKS]: ['jeugd', 'onderwijs'],
  [YILMAZ]: [
    'zorg-en-ondersteuning',
    'toegang-sociaal-domein',
    'welzijn',
    'sport',
    'wijk-en-kerngericht-werken',
    'openbare-ruimte',
  ],
  [MULDER]: ['financien', 'grondbeleid', 'economie', 'mobiliteit', 'duurzaamheid-en-energie'],
};

/** The goals the integral draft gives to another holder than their subject's: the target group decides. */
const INTEGRAAL_EXCEPTIONS: Record<string, string> = {
  energiearmoede: SMIT,
  kwijtschelding: SMIT,
  laaggeletterdheid: SMIT,
  kansrijke_start: HENDRIKS,
  jongeren_werk: HENDRIKS,
  doelgroepenvervoer: YILMAZ,
};

/** Mostly the classic split; grondbeleid moves to the finance portfolio, on purpose (see the deliberate split). */
const GEMENGD: Holding = {
  ...KLASSIEK,
  [MULDER]: [...KLASSIEK[MULDER]!, 'grondbeleid'],
  [YILMAZ]: ['wonen', 'ruimtelijke-ordening', 'omgevingswet'],
};

export const VOORBEELD_DRAFTS: DivisionInput[] = [
  draft({
    id: 'div_klassiek',
    name: 'Klassiek: langs de domeinen',
    holding: KLASSIEK,
    notes:
      'De verdeling zoals colleges die meestal maken: twee wethouders voor het sociaal domein, twee voor het fysiek ' +
      'domein, één voor financiën en economie; de burgemeester houdt openbare orde en veiligheid.',
  }),
  draft({
    id: 'div_integraal',
    name: 'Integraal: rond doelgroepen en leefomgeving',
    holding: INTEGRAAL,
    exceptions: INTEGRAAL_EXCEPTIONS,
    keep: [
      {
        id: 'keep_bestaanszekerheid',
        kind: 'together',
        nodeIds: [subjectId('werk-en-inkomen'), subjectId('armoede-en-schulden')],
        reason: 'Bestaanszekerheid bij één wethouder: bijstand, armoede, schulden en re-integratie in één hand.',
      },
    ],
    notes:
      'Eén wethouder voor bestaanszekerheid (bijstand, armoede, schulden, re-integratie, energiearmoede, ' +
      'kwijtschelding), één voor gezond wonen en de leefomgeving (gezondheid, wonen ook voor kwetsbare groepen, ' +
      'beschermd wonen, omgevingsvisie en omgevingsplan, groen en klimaat), één voor opgroeien (jeugd, onderwijs, ' +
      'jeugdgezondheidszorg, jongeren naar school of werk) en één voor zorg en welzijn in de wijk.',
  }),
  draft({
    id: 'div_gemengd',
    name: 'Gemengd: klassiek met een coördinerend wethouder',
    holding: GEMENGD,
    arrangements: [
      {
        id: 'arr_bestaanszekerheid',
        name: 'Coördinerend wethouder bestaanszekerheid',
        kind: 'coordinating',
        leadId: SMIT,
        holderIds: [DE_BOER, HENDRIKS, YILMAZ, MULDER],
        subjectIds: [subjectId('armoede-en-schulden'), subjectId('werk-en-inkomen')],
        note: 'Wethouder Smit stemt armoede, schulden en werk af met zorg, energie, wonen en financiën.',
      },
    ],
    deliberate: [
      {
        id: 'del_grond_ruimte',
        a: subjectId('grondbeleid'),
        b: subjectId('ruimtelijke-ordening'),
        reason:
          'De gemeente als grondeigenaar en als bevoegd gezag voor het omgevingsplan bewust bij twee wethouders, ' +
          'zodat het belang van de grondexploitatie niet meeweegt in de ruimtelijke afweging.',
      },
    ],
    notes:
      'De klassieke verdeling, met grondbeleid bewust apart van ruimtelijke ordening en een coördinerend wethouder ' +
      'voor bestaanszekerheid die de armoedeaanpak met de andere portefeuilles afstemt.',
  }),
];
