import type { TaakveldList } from './project';
import { TAAKVELDEN_2017, TAAKVELDEN_2025, type Taakveld } from './taakveldData';

export type { Taakveld };

const BY_LIST: Record<TaakveldList, ReadonlyMap<string, Taakveld>> = {
  '2017': new Map(TAAKVELDEN_2017.map((t) => [t.code, t])),
  '2025': new Map(TAAKVELDEN_2025.map((t) => [t.code, t])),
};

export function taakveldenOf(list: TaakveldList): readonly Taakveld[] {
  return list === '2017' ? TAAKVELDEN_2017 : TAAKVELDEN_2025;
}

export function findTaakveld(list: TaakveldList, code: string): Taakveld | undefined {
  return BY_LIST[list].get(code);
}

/**
 * 2017 codes that the 2025 list split or renumbered. A 2017 code maps to every 2025 code it became; the user
 * chooses among them. Codes absent here and present in both lists map to themselves.
 */
const SPLIT_2017_TO_2025: Readonly<Record<string, readonly string[]>> = {
  '6.2': ['6.21', '6.22', '6.23'],
  '6.6': ['6.60'],
  '6.71': ['6.711', '6.712', '6.713', '6.714'],
  '6.72': ['6.751', '6.752', '6.753', '6.761', '6.762', '6.763'],
  '6.81': ['6.811', '6.812'],
  '6.82': ['6.821', '6.822'],
};

/** The 2025 codes a 2017 code became; empty when it has no counterpart. */
export function map2017To2025(code: string): readonly string[] {
  // hasOwn: a code such as 'toString' must not find Object.prototype's member.
  if (Object.hasOwn(SPLIT_2017_TO_2025, code)) return SPLIT_2017_TO_2025[code]!;
  return BY_LIST['2025'].has(code) ? [code] : [];
}
