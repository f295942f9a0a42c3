import { lazy } from 'react';

/** #/voorbeeld: the Word preview, loaded when opened (the first page does not need it). */
export const PREVIEW_SLUG = 'voorbeeld';

export const PreviewPage = lazy(() => import('../review/PreviewPage').then((m) => ({ default: m.PreviewPage })));
