/**
 * The start page's link to review mode. Apart from src/text/comments.ts on purpose: a module the
 * first page imports is loaded with it whole, and review mode's other texts belong to its lazy chunk.
 */
export const REVIEW_MODE_START_LINK = 'Beoordelen: lees de aanvraag als document en geef per antwoord een reactie';
