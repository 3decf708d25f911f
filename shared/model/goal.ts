import { z } from './zod';
import { IdSchema } from './ids';

/** Laws a goal can serve. Ids are stable; names are shown through i18n (`law.<id>`). */
export const LAWS = [
  'wmo2015',
  'jeugdwet',
  'participatiewet',
  'wgs',
  'inburgering',
  'wpg',
  'omgevingswet',
  'woningwet',
  'gemeentewet',
] as const;
export const LawSchema = z.enum(LAWS);
export type Law = z.infer<typeof LawSchema>;

/** Omgevingswet kerninstrumenten a municipality uses (the projectbesluit is not a municipal instrument). */
export const OW_INSTRUMENTS = [
  'omgevingsvisie',
  'omgevingsplan',
  'programma',
  'omgevingsvergunning',
  'algemeneRijksregels',
] as const;
export const OwInstrumentSchema = z.enum(OW_INSTRUMENTS);
export type OwInstrument = z.infer<typeof OwInstrumentSchema>;

/** Art. 2.1 Ow interests most often tied to social-domain goals. */
export const OW_ASPECTS = [
  'gezondheid',
  'veiligheid',
  'wonen',
  'toegankelijkheid',
  'milieu',
  'klimaat',
  'natuur',
  'erfgoed',
  'mobiliteit',
] as const;
export const OwAspectSchema = z.enum(OW_ASPECTS);
export type OwAspect = z.infer<typeof OwAspectSchema>;

export const TaakveldCodeSchema = z.string().regex(/^\d{1,2}\.\d{1,3}$/, { message: 'taakveld' });

export const GoalSchema = z.object({
  id: IdSchema,
  title: z.string().trim().min(1).max(200),
  description: z.string().max(4000).default(''),
  domainId: IdSchema,
  themes: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  taakvelden: z.array(TaakveldCodeSchema).max(20).default([]),
  laws: z.array(LawSchema).max(LAWS.length).default([]),
  omgevingswet: z
    .object({
      instrument: OwInstrumentSchema.optional(),
      aspects: z.array(OwAspectSchema).default([]),
    })
    .optional(),
  /** Yearly budget in euros; absent when unknown, which is not the same as zero. */
  budget: z.number().finite().min(0).max(1e12).optional(),
  /** Where the goal comes from: a party programme, a coalition-agreement paragraph. */
  source: z.string().max(300).default(''),
  /** The subject the goal hangs under; a division gives the goal to the subject's holder unless it says otherwise. */
  subjectId: IdSchema.optional(),
});
export type Goal = z.infer<typeof GoalSchema>;
export type GoalInput = z.input<typeof GoalSchema>;
