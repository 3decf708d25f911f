export type MessageParams = Record<string, string | number>;
type Catalogue = Readonly<Record<string, string>>;

// Intl objects are costly to build and a table renders hundreds of messages: one of each per language.
const intl = {
  nl: { plural: new Intl.PluralRules('nl-NL'), number: new Intl.NumberFormat('nl-NL') },
  en: { plural: new Intl.PluralRules('en-GB'), number: new Intl.NumberFormat('en-GB') },
};

/**
 * The one message rule, shared by the app's translator and the command line: the plural form that Intl picks for
 * `count` (falling back to `_other`), then the plain key; the user's language first, Dutch second; placeholders
 * `{name}` filled, numbers formatted for the language. Undefined when no catalogue has the key.
 */
export function fillMessage(
  own: Catalogue,
  fallback: Catalogue,
  locale: 'nl' | 'en',
  key: string,
  params?: MessageParams,
): string | undefined {
  const { plural, number } = intl[locale];
  let template: string | undefined;
  if (params && typeof params.count === 'number') {
    const form = `${key}_${plural.select(params.count)}`;
    template = own[form] ?? fallback[form] ?? own[`${key}_other`] ?? fallback[`${key}_other`];
  }
  template ??= own[key] ?? fallback[key];
  if (template === undefined || !params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? number.format(v) : v;
  });
}
