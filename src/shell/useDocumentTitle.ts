import { useEffect } from 'react';
import { APP_NAME, SHELL } from '../text/nl';

/** Sets "<page> – Aanvraagwijzer", prefixed with "Fout: " while errors are shown (GOV.UK). */
export function useDocumentTitle(page: string, hasErrors = false) {
  useEffect(() => {
    document.title = `${hasErrors ? SHELL.errorTitlePrefix : ''}${page} – ${APP_NAME}`;
  }, [page, hasErrors]);
}
