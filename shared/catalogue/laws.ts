import type { Law } from '../model/goal';

export interface CatalogueLaw {
  /** The goal's stored value (shared/model LAWS); never change one. */
  id: Law;
  /** The citeertitel in Dutch; in English a description with the Dutch name where people use it. */
  name: { nl: string; en: string };
  /** Abbreviations and older or everyday names people type ("wmo", "bijstand", "wet werk en bijstand"). */
  synonyms: readonly string[];
  /** The consolidated text on wetten.overheid.nl (BWB id). */
  bwb: string;
}

const wetten = (bwb: string) => `https://wetten.overheid.nl/${bwb}`;

// The laws a goal can name, in shared/model's LAWS order. The social-domain laws and their scope are in the project's
// reference note on social-domain laws (Wmo 2015, Jeugdwet, Participatiewet, Wgs, Wet inburgering 2021, Wpg); the
// Omgevingswet's in the note on the Omgevingswet. The names here must equal the app's messages `law.<id>` (a test
// holds them together), so the goals table and the picker say the same.
export const CATALOGUE_LAWS: readonly CatalogueLaw[] = [
  {
    id: 'wmo2015',
    name: { nl: 'Wmo 2015', en: 'Wmo 2015' },
    synonyms: [
      'Wet maatschappelijke ondersteuning 2015',
      'Wmo',
      'Social Support Act',
      'maatschappelijke ondersteuning',
      'beschermd wonen',
      'mantelzorg',
    ],
    bwb: 'BWBR0035362',
  },
  {
    id: 'jeugdwet',
    name: { nl: 'Jeugdwet', en: 'Youth Act (Jeugdwet)' },
    synonyms: ['jeugdhulp', 'jeugdzorg', 'jeugdbescherming', 'jeugdreclassering'],
    bwb: 'BWBR0034925',
  },
  {
    id: 'participatiewet',
    name: { nl: 'Participatiewet', en: 'Participation Act' },
    synonyms: ['Pw', 'bijstand', 'Wet werk en bijstand', 'WWB', 'beschut werk', 'loonkostensubsidie'],
    bwb: 'BWBR0015703',
  },
  {
    id: 'wgs',
    name: { nl: 'Wet gemeentelijke schuldhulpverlening', en: 'Municipal Debt Assistance Act (Wgs)' },
    synonyms: ['Wgs', 'schuldhulpverlening', 'schuldhulp', 'vroegsignalering', 'debt assistance'],
    bwb: 'BWBR0031331',
  },
  {
    id: 'inburgering',
    name: { nl: 'Wet inburgering 2021', en: 'Civic Integration Act 2021' },
    synonyms: ['Wi2021', 'Wet inburgering', 'inburgering', 'statushouders', 'civic integration'],
    bwb: 'BWBR0044770',
  },
  {
    id: 'wpg',
    name: { nl: 'Wet publieke gezondheid', en: 'Public Health Act (Wpg)' },
    synonyms: ['Wpg', 'publieke gezondheid', 'GGD', 'jeugdgezondheidszorg', 'gezondheidsbeleid'],
    bwb: 'BWBR0024705',
  },
  {
    id: 'omgevingswet',
    name: { nl: 'Omgevingswet', en: 'Environment and Planning Act' },
    synonyms: ['Ow', 'Wro', 'Wabo', 'ruimtelijke ordening', 'omgevingsrecht'],
    bwb: 'BWBR0037885',
  },
  {
    id: 'woningwet',
    name: { nl: 'Woningwet', en: 'Housing Act' },
    synonyms: ['Ww', 'volkshuisvesting', 'woningcorporaties', 'prestatieafspraken'],
    bwb: 'BWBR0005181',
  },
  {
    id: 'gemeentewet',
    name: { nl: 'Gemeentewet', en: 'Municipalities Act' },
    synonyms: ['Gemw', 'openbare orde', 'APV', 'begroting'],
    bwb: 'BWBR0005416',
  },
];

/** The law's text on wetten.overheid.nl. */
export function lawSourceUrl(law: CatalogueLaw): string {
  return wetten(law.bwb);
}

export function findCatalogueLaw(id: string): CatalogueLaw | undefined {
  return CATALOGUE_LAWS.find((l) => l.id === id);
}
