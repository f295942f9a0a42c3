/** Text around a fact of the scheme round (see components/SchemeFact). */
export const SCHEME_FACT = {
  unknownTag: 'Niet bekend',
  source: (source: string) => `Bron: ${source}`,
};
