import type { ReactNode } from 'react';
import { APP_NAME, SHELL } from '../text/nl';
import { href } from '../routes/hashRoute';
import './App.css';

/**
 * What every page has around its content: the skip link, the header, the phase banner, the status
 * bar, the main column and the footer. The start page's first paint (StartPreview) and the app
 * draw the same frame, so nothing moves when the app takes over. `round`: the open draft's round and
 * whether it is closed, on its own line of the header (the app's, not on the start page).
 */
export function Frame({ statusBar, round, children }: { statusBar: ReactNode; round?: string; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#inhoud" onClick={skipToContent}>
        {SHELL.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="site-header__name" href={href.start()}>
            {APP_NAME}
          </a>
          <span className="site-header__tagline">{SHELL.tagline}</span>
          {round && <p className="site-header__round">{round}</p>}
        </div>
      </header>
      <div className="phase-banner">
        <p className="phase-banner__content">
          <strong className="tag phase-banner__tag">{SHELL.phase}</strong>
          <span>
            {SHELL.phaseText} <a href={href.page('contact')}>{SHELL.phaseFeedback}</a>.
          </span>
        </p>
      </div>
      {statusBar}
      <main id="inhoud" className="page" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <nav aria-label={SHELL.footerLinks}>
            <ul className="site-footer__links">
              <li>
                <a href={href.page('accessibility')}>{SHELL.accessibility}</a>
              </li>
              <li>
                <a href={href.page('privacy')}>{SHELL.privacy}</a>
              </li>
              <li>
                <a href={href.page('contact')}>{SHELL.contact}</a>
              </li>
            </ul>
          </nav>
          <p>{SHELL.privacyNote}</p>
          <p>{SHELL.footer}</p>
        </div>
      </footer>
    </>
  );
}

function skipToContent(event: React.MouseEvent) {
  // "#inhoud" is not a route; focus main without changing the hash route.
  event.preventDefault();
  document.getElementById('inhoud')?.focus();
}
