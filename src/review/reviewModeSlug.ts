/** #/beoordelen: review mode, where an advisor reads the application as the document and comments on it. */
export const REVIEW_MODE_SLUG = 'beoordelen';
