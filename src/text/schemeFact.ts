/** Text around a fact of the scheme round (see components/SchemeFact). */
export const SCHEME_FACT = {
  unknownTag: 'Niet bekend',
  uncertainTag: 'Niet zeker',
  source: (source: string) => `Bron: ${source}`,
};
