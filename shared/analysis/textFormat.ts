// What every text report section needs from its caller; a file of its own so that the sections and the report
// they make up do not import each other.

/** Looks up a key of the `analysis` namespace and fills its placeholders; `count` picks the plural form. */
export type AnalysisTranslate = (key: string, params?: Record<string, string | number>) => string;

/** Locale-aware number formats (Intl), supplied by the caller so this module stays free of locale state. */
export interface TextFormat {
  number(value: number, digits?: number): string;
  percent(share: number): string;
  money(euros: number): string;
}
