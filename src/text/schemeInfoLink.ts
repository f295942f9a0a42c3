/** The start page's link to #/regeling; apart from schemeInfo.ts so the first page loads only this line. */
export const SCHEME_INFO_LINK = 'Wat is er bekend over de regeling? Lees het in het kort';
