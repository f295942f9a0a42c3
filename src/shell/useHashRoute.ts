import { startTransition, useEffect, useState } from 'react';
import { parseHash, type Route } from '../routes/hashRoute';
import { markNavigated } from './navigationFocus';

/**
 * The current hash route; non-route hashes (in-page links) keep the current route. A new route is
 * a transition: while a lazily loaded page is on its way, the page the user came from stays (with
 * the focus on the link or button that was used) instead of a blank "loading" with the focus on
 * <body>; the new page's heading takes the focus when it is there (PageHeading).
 */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash) ?? { segments: [] });
  useEffect(() => {
    const onChange = () => {
      const next = parseHash(window.location.hash);
      if (!next) return;
      markNavigated();
      startTransition(() => setRoute(next));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(href: string) {
  if (window.location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = href;
}
