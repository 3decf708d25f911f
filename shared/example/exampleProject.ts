import { ProjectSchema, type Law, type LinkKind, type Project, type ProjectInput } from '../model';

/**
 * The small built-in example opened on first start: a fictional municipality whose goals cross the social,
 * physical and financial domains, with two drafts to compare. Ids are readable so tests and screenshots can name them.
 */
const T = '2026-01-05T09:00:00.000Z';

type G = [
  id: string,
  title: string,
  domainId: string,
  taakvelden: string[],
  laws: Law[],
  budgetMln: number | null,
  themes: string[],
];

const GOALS: G[] = [
  ['armoede', 'Minder huishoudens in armoede', 'sociaal', ['6.3'], ['participatiewet'], 3.2, ['armoede']],
  ['schulden', 'Schulden vroeg signaleren en aanpakken', 'sociaal', ['6.3'], ['wgs'], 1.1, ['armoede', 'schulden']],
  ['werk', 'Meer inwoners uit de bijstand aan het werk', 'sociaal', ['6.5'], ['participatiewet'], 4.5, ['werk']],
  ['eenzaamheid', 'Eenzaamheid onder ouderen terugdringen', 'sociaal', ['6.1'], ['wmo2015'], 0.6, ['ouderen']],
  ['mantelzorg', 'Mantelzorgers ontlasten', 'sociaal', ['6.1'], ['wmo2015'], 0.9, ['ouderen', 'zorg']],
  [
    'thuiswonen',
    'Langer zelfstandig thuis wonen',
    'sociaal',
    ['6.60', '6.712'],
    ['wmo2015'],
    7.8,
    ['ouderen', 'wonen'],
  ],
  ['jeugdhulp', 'Jeugdhulp dichtbij en op tijd', 'sociaal', ['6.22', '6.751'], ['jeugdwet'], 14, ['jeugd']],
  ['gezondheid', 'Gezondheidsverschillen tussen wijken verkleinen', 'sociaal', ['7.1'], ['wpg'], 1.3, ['gezondheid']],
  [
    'inburgering',
    'Nieuwkomers snel aan het werk en in de wijk',
    'sociaal',
    ['6.1'],
    ['inburgering', 'participatiewet'],
    1.8,
    ['werk'],
  ],
  [
    'beschermdwonen',
    'Beschermd wonen: uitstroom naar een eigen woning',
    'sociaal',
    ['6.811'],
    ['wmo2015'],
    5.2,
    ['wonen', 'zorg'],
  ],
  [
    'omgevingsvisie',
    'Omgevingsvisie met een gezonde leefomgeving',
    'fysiek',
    ['8.1'],
    ['omgevingswet'],
    0.4,
    ['gezondheid'],
  ],
  ['woningbouw', 'Betaalbare woningen bijbouwen', 'fysiek', ['8.3'], ['woningwet', 'omgevingswet'], 2.5, ['wonen']],
  [
    'kwetsbaar',
    'Woningen voor kwetsbare groepen in elke wijk',
    'fysiek',
    ['8.3'],
    ['omgevingswet', 'woningwet'],
    0.8,
    ['wonen', 'zorg'],
  ],
  ['groen', 'Groene, beweegvriendelijke wijken', 'fysiek', ['5.7'], ['omgevingswet'], 2.1, ['gezondheid']],
  ['toegankelijk', 'Toegankelijke openbare ruimte', 'fysiek', ['2.1'], ['omgevingswet'], 1.5, ['ouderen']],
  ['milieu', 'Geluid en luchtkwaliteit in het omgevingsplan', 'fysiek', ['7.4'], ['omgevingswet'], 0.7, ['gezondheid']],
  ['energiearmoede', 'Energiearmoede aanpakken met isolatie', 'fysiek', ['7.4', '8.3'], [], 1.9, ['armoede', 'wonen']],
  ['bereikbaar', 'Bereikbaar met OV en fiets', 'fysiek', ['2.1'], [], 3, []],
  ['begroting', 'Sluitende meerjarenbegroting', 'financieel', ['0.8'], ['gemeentewet'], null, []],
  [
    'kwijtschelding',
    'Minimaregelingen en kwijtschelding',
    'financieel',
    ['0.64'],
    ['participatiewet'],
    0.5,
    ['armoede'],
  ],
  ['lasten', 'Lokale lasten beperkt laten stijgen', 'financieel', ['0.61'], [], null, []],
  ['banen', 'Werkgelegenheid in de regio', 'economie', ['3.1'], [], 0.8, ['werk']],
  ['winkelcentra', 'Leefbare winkelcentra', 'economie', ['3.3'], [], 0.3, []],
  ['veiligheid', 'Veilige wijken, ondermijning aanpakken', 'veiligheid', ['1.2'], ['gemeentewet'], 1.2, []],
];

type L = [source: string, target: string, kind: LinkKind, strength: number, rationale: string];

const LINKS: L[] = [
  ['armoede', 'schulden', 'reinforces', 3, 'Schulden zijn vaak oorzaak én gevolg van armoede.'],
  ['armoede', 'werk', 'reinforces', 3, 'Betaald werk is de duurzaamste uitweg uit armoede.'],
  ['armoede', 'kwijtschelding', 'sharedTargetGroup', 2, 'Minimaregelingen bereiken dezelfde huishoudens.'],
  ['schulden', 'kwijtschelding', 'sharedTargetGroup', 2, 'Kwijtschelding voorkomt nieuwe schulden bij de gemeente.'],
  [
    'armoede',
    'energiearmoede',
    'sharedTargetGroup',
    2,
    'Huishoudens met een laag inkomen wonen vaak in slecht geïsoleerde huizen.',
  ],
  ['armoede', 'eenzaamheid', 'reinforces', 1, 'Geldzorgen maken mensen eenzamer.'],
  ['werk', 'inburgering', 'sharedTargetGroup', 2, 'Statushouders zijn een groot deel van de bijstand.'],
  ['werk', 'banen', 'prerequisite', 2, 'Zonder banen in de regio lukt re-integratie niet.'],
  ['eenzaamheid', 'mantelzorg', 'reinforces', 1, 'Mantelzorgers raken zelf vaak geïsoleerd.'],
  [
    'eenzaamheid',
    'toegankelijk',
    'omgevingswet',
    2,
    'Een toegankelijke openbare ruimte houdt ouderen in beweging en in contact.',
  ],
  ['mantelzorg', 'thuiswonen', 'prerequisite', 2, 'Langer thuis wonen leunt op mantelzorg.'],
  ['thuiswonen', 'woningbouw', 'sharedBudget', 1, 'Levensloopbestendige woningen uit hetzelfde woonprogramma.'],
  ['thuiswonen', 'toegankelijk', 'omgevingswet', 2, 'Zelfstandig wonen vraagt een toegankelijke buurt.'],
  ['beschermdwonen', 'kwetsbaar', 'prerequisite', 3, 'Uitstroom uit beschermd wonen kan alleen met passende woningen.'],
  ['kwetsbaar', 'woningbouw', 'sharedBudget', 2, 'Woningen voor kwetsbare groepen komen uit de bouwopgave.'],
  ['kwetsbaar', 'omgevingsvisie', 'omgevingswet', 2, 'De omgevingsvisie legt de spreiding van kwetsbare groepen vast.'],
  ['kwetsbaar', 'veiligheid', 'conflicts', 1, 'Concentratie van kwetsbare groepen kan spanning geven in een wijk.'],
  [
    'gezondheid',
    'omgevingsvisie',
    'omgevingswet',
    3,
    'Een gezonde fysieke leefomgeving is een doel van de Omgevingswet (art. 1.3).',
  ],
  ['gezondheid', 'groen', 'omgevingswet', 2, 'Groen en beweegruimte verkleinen gezondheidsverschillen.'],
  ['gezondheid', 'milieu', 'omgevingswet', 2, 'Geluid en luchtkwaliteit bepalen de gezondheid in de wijk.'],
  ['gezondheid', 'armoede', 'sharedTargetGroup', 2, 'Armoede en slechte gezondheid gaan samen.'],
  ['jeugdhulp', 'schulden', 'sharedTargetGroup', 1, 'Geldstress in gezinnen vergroot de vraag naar jeugdhulp.'],
  ['jeugdhulp', 'begroting', 'sharedBudget', 3, 'Jeugdhulp is de grootste open-einderegeling in de begroting.'],
  ['thuiswonen', 'begroting', 'sharedBudget', 2, 'Wmo-maatwerk drukt op de meerjarenbegroting.'],
  ['begroting', 'lasten', 'conflicts', 2, 'Een sluitende begroting botst met beperkte lastenstijging.'],
  ['lasten', 'kwijtschelding', 'reinforces', 1, 'Kwijtschelding dempt de lastenstijging voor minima.'],
  ['woningbouw', 'omgevingsvisie', 'omgevingswet', 2, 'Bouwlocaties volgen uit de omgevingsvisie.'],
  ['woningbouw', 'bereikbaar', 'prerequisite', 1, 'Nieuwe wijken moeten bereikbaar zijn.'],
  ['groen', 'omgevingsvisie', 'omgevingswet', 1, 'Groen als structuurdrager in de omgevingsvisie.'],
  ['milieu', 'bereikbaar', 'conflicts', 1, 'Meer verkeer betekent meer geluid en fijnstof.'],
  ['energiearmoede', 'woningbouw', 'sharedBudget', 1, 'Isolatie en nieuwbouw delen het woonbudget.'],
  ['banen', 'winkelcentra', 'reinforces', 1, 'Winkelcentra zijn lokale werkgevers.'],
  ['winkelcentra', 'veiligheid', 'reinforces', 1, 'Leefbare centra zijn veiliger.'],
  ['bereikbaar', 'banen', 'prerequisite', 1, 'Werk moet bereikbaar zijn.'],
  ['veiligheid', 'jeugdhulp', 'sharedTargetGroup', 1, 'Jongeren in de criminaliteit hebben vaak jeugdhulp.'],
];

const PORTFOLIOS = [
  {
    id: 'pf_burgemeester',
    holder: 'Burgemeester M. de Graaf',
    role: 'burgemeester',
    party: '',
    fte: 1,
    colour: '#4d4d4d',
  },
  {
    id: 'pf_sociaal',
    holder: 'Wethouder A. El Amrani',
    role: 'wethouder',
    party: 'GroenLinks-PvdA',
    fte: 1,
    colour: '#0072b2',
  },
  { id: 'pf_fysiek', holder: 'Wethouder J. Bakker', role: 'wethouder', party: 'VVD', fte: 1, colour: '#d55e00' },
  { id: 'pf_financien', holder: 'Wethouder S. Visser', role: 'wethouder', party: 'CDA', fte: 0.8, colour: '#009e73' },
] as const;

const CLASSIC: Record<string, string> = {
  sociaal: 'pf_sociaal',
  fysiek: 'pf_fysiek',
  financieel: 'pf_financien',
  economie: 'pf_financien',
  veiligheid: 'pf_burgemeester',
};

/** The second draft: poverty, debt and work with one holder; housing for vulnerable groups with care. */
const COHERENT: Record<string, string> = {
  armoede: 'pf_sociaal',
  schulden: 'pf_sociaal',
  werk: 'pf_sociaal',
  inburgering: 'pf_sociaal',
  kwijtschelding: 'pf_sociaal',
  energiearmoede: 'pf_sociaal',
  jeugdhulp: 'pf_sociaal',
  eenzaamheid: 'pf_fysiek',
  mantelzorg: 'pf_fysiek',
  thuiswonen: 'pf_fysiek',
  beschermdwonen: 'pf_fysiek',
  kwetsbaar: 'pf_fysiek',
  toegankelijk: 'pf_fysiek',
  woningbouw: 'pf_fysiek',
  gezondheid: 'pf_financien',
  omgevingsvisie: 'pf_financien',
  groen: 'pf_financien',
  milieu: 'pf_financien',
  bereikbaar: 'pf_financien',
  begroting: 'pf_financien',
  lasten: 'pf_financien',
  banen: 'pf_sociaal',
  winkelcentra: 'pf_burgemeester',
  veiligheid: 'pf_burgemeester',
};

export const EXAMPLE_PROJECT_ID = 'project_voorbeeld';

export function exampleProject(): Project {
  const input: ProjectInput = {
    id: EXAMPLE_PROJECT_ID,
    name: 'Voorbeeld: collegeprogramma 2026–2030',
    municipality: 'Gemeente Voorbeeldstad',
    taakveldList: '2025',
    createdAt: T,
    updatedAt: T,
    domains: [
      { id: 'fysiek', name: 'Fysiek', colour: '#2f7d32', classic: 'fysiek' },
      { id: 'sociaal', name: 'Sociaal', colour: '#1f5fa8', classic: 'sociaal' },
      { id: 'financieel', name: 'Financieel', colour: '#8a5a00', classic: 'financieel' },
      { id: 'economie', name: 'Economie', colour: '#7a1f5c', classic: 'financieel' },
      { id: 'veiligheid', name: 'Veiligheid', colour: '#5a5a5a', classic: 'fysiek' },
    ],
    goals: GOALS.map(([id, title, domainId, taakvelden, laws, budget, themes]) => ({
      id: `goal_${id}`,
      title,
      domainId,
      taakvelden,
      laws,
      themes,
      ...(budget === null ? {} : { budget: Math.round(budget * 1e6) }),
      ...(laws.includes('omgevingswet')
        ? {
            omgevingswet: {
              instrument: id === 'omgevingsvisie' ? 'omgevingsvisie' : id === 'milieu' ? 'omgevingsplan' : 'programma',
              aspects: themes.includes('gezondheid')
                ? ['gezondheid']
                : themes.includes('wonen')
                  ? ['wonen']
                  : ['toegankelijkheid'],
            },
          }
        : {}),
      source: 'Coalitieakkoord 2026, hoofdstuk ' + (domainId === 'sociaal' ? '2' : domainId === 'fysiek' ? '3' : '4'),
    })),
    links: LINKS.map(([s, t, kind, strength, rationale], i) => ({
      id: `link_${String(i + 1).padStart(2, '0')}`,
      source: `goal_${s}`,
      target: `goal_${t}`,
      kind,
      strength,
      rationale,
    })),
    portfolios: PORTFOLIOS.map((p) => ({ ...p })),
    // The coalition's seats in a council of 37: party balance compares each party's share of the college with these.
    parties: [
      { id: 'party_glpvda', name: 'GroenLinks-PvdA', seats: 9 },
      { id: 'party_vvd', name: 'VVD', seats: 7 },
      { id: 'party_cda', name: 'CDA', seats: 5 },
    ],
    divisions: [
      {
        id: 'div_klassiek',
        name: 'Vorig college: langs de domeinen',
        portfolioIds: PORTFOLIOS.map((p) => p.id),
        assignments: Object.fromEntries(GOALS.map(([id, , domainId]) => [`goal_${id}`, CLASSIC[domainId]!])),
        locked: ['goal_veiligheid'],
        notes: 'De verdeling langs de klassieke domeinen, zoals na de vorige verkiezingen.',
      },
      {
        id: 'div_samenhang',
        name: 'Concept: armoede en wonen-zorg bij elkaar',
        portfolioIds: PORTFOLIOS.map((p) => p.id),
        assignments: Object.fromEntries(Object.entries(COHERENT).map(([g, p]) => [`goal_${g}`, p])),
        locked: ['goal_veiligheid'],
        notes: 'Armoede, schulden en werk bij één wethouder; wonen voor kwetsbare groepen bij zorg.',
      },
    ],
  };
  return ProjectSchema.parse(input);
}
