import {
  LAWS,
  LINK_KINDS,
  OW_ASPECTS,
  OW_INSTRUMENTS,
  type Law,
  type LinkKind,
  type OwAspect,
  type OwInstrument,
} from '../model';
import type { IoLocale } from './formatPath';
import { normalizeWord } from './csvColumns';

/** Names in cells, per id: the first Dutch and first English name are what an export writes. */
interface Names {
  nl: readonly string[];
  en: readonly string[];
}

/** Laws are proper names; English exports use the same Dutch names people search for. */
export const LAW_NAMES: Readonly<Record<Law, Names>> = {
  wmo2015: {
    nl: ['Wmo 2015', 'Wmo', 'Wet maatschappelijke ondersteuning 2015', 'Wet maatschappelijke ondersteuning'],
    en: ['Social Support Act'],
  },
  jeugdwet: { nl: ['Jeugdwet'], en: ['Youth Act'] },
  participatiewet: { nl: ['Participatiewet'], en: ['Participation Act'] },
  wgs: { nl: ['Wgs', 'Wet gemeentelijke schuldhulpverlening'], en: ['Municipal Debt Assistance Act'] },
  inburgering: {
    nl: ['Wet inburgering 2021', 'Wet inburgering', 'Inburgering', 'Wi2021'],
    en: ['Civic Integration Act'],
  },
  wpg: { nl: ['Wpg', 'Wet publieke gezondheid'], en: ['Public Health Act'] },
  omgevingswet: { nl: ['Omgevingswet', 'Ow'], en: ['Environment and Planning Act'] },
  woningwet: { nl: ['Woningwet'], en: ['Housing Act'] },
  gemeentewet: { nl: ['Gemeentewet'], en: ['Municipalities Act'] },
};

export const KIND_NAMES: Readonly<Record<LinkKind, Names>> = {
  reinforces: { nl: ['versterkt', 'versterken', 'versterking'], en: ['reinforces', 'reinforce'] },
  prerequisite: { nl: ['voorwaarde', 'randvoorwaarde'], en: ['prerequisite', 'precondition'] },
  conflicts: { nl: ['conflict', 'afweging', 'conflict/afweging', 'botst'], en: ['conflicts', 'trade-off', 'tradeoff'] },
  sharedTargetGroup: {
    nl: ['zelfde doelgroep', 'gedeelde doelgroep', 'doelgroep'],
    en: ['shared target group', 'same target group'],
  },
  sharedBudget: { nl: ['gedeeld budget', 'zelfde budget', 'budget'], en: ['shared budget'] },
  omgevingswet: { nl: ['omgevingswet'], en: ['environment and planning act'] },
};

export const OW_INSTRUMENT_NAMES: Readonly<Record<OwInstrument, Names>> = {
  omgevingsvisie: { nl: ['omgevingsvisie'], en: ['environmental vision', 'environment vision'] },
  omgevingsplan: { nl: ['omgevingsplan'], en: ['environment plan', 'environmental plan'] },
  programma: { nl: ['programma'], en: ['programme', 'program'] },
  omgevingsvergunning: { nl: ['omgevingsvergunning'], en: ['environmental permit', 'environment permit'] },
  algemeneRijksregels: { nl: ['algemene rijksregels'], en: ['general rules', 'general national rules'] },
};

export const OW_ASPECT_NAMES: Readonly<Record<OwAspect, Names>> = {
  gezondheid: { nl: ['gezondheid'], en: ['health'] },
  veiligheid: { nl: ['veiligheid'], en: ['safety'] },
  wonen: { nl: ['wonen'], en: ['housing'] },
  toegankelijkheid: { nl: ['toegankelijkheid'], en: ['accessibility'] },
  milieu: { nl: ['milieu'], en: ['environment'] },
  klimaat: { nl: ['klimaat'], en: ['climate'] },
  natuur: { nl: ['natuur'], en: ['nature'] },
  erfgoed: { nl: ['erfgoed'], en: ['heritage'] },
  mobiliteit: { nl: ['mobiliteit'], en: ['mobility'] },
};

export interface Vocabulary<T extends string> {
  /** The id a cell names, by id or any Dutch or English name; undefined when unknown. */
  lookup(cell: string): T | undefined;
  nameOf(id: T, locale: IoLocale): string;
  /** Dutch (or English) names for a "use one of …" sentence. */
  known(locale: IoLocale): string;
}

function vocabulary<T extends string>(ids: readonly T[], names: Readonly<Record<T, Names>>): Vocabulary<T> {
  const map = new Map<string, T>();
  for (const id of ids) for (const n of [id, ...names[id].nl, ...names[id].en]) map.set(normalizeWord(n), id);
  return {
    lookup: (cell) => map.get(normalizeWord(cell)),
    nameOf: (id, locale) => (locale === 'nl' ? names[id].nl[0]! : names[id].en[0]!),
    known: (locale) => ids.map((id) => (locale === 'nl' ? names[id].nl[0]! : names[id].en[0]!)).join(', '),
  };
}

export const LAW_VOCABULARY = vocabulary(LAWS, LAW_NAMES);
export const KIND_VOCABULARY = vocabulary(LINK_KINDS, KIND_NAMES);
export const OW_INSTRUMENT_VOCABULARY = vocabulary(OW_INSTRUMENTS, OW_INSTRUMENT_NAMES);
export const OW_ASPECT_VOCABULARY = vocabulary(OW_ASPECTS, OW_ASPECT_NAMES);
