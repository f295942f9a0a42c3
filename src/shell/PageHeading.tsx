import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { hasNavigated } from './navigationFocus';

/**
 * The page's h1. When the user comes to the page from another page of the app it takes the focus,
 * so screen-reader users hear where they are; on the page the app opened with it does not, so the
 * first Tab reaches the skip link.
 */
export function PageHeading({ children, caption, focusOnMount = true }: { children: ReactNode; caption?: string; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (focusOnMount && hasNavigated()) ref.current?.focus({ preventScroll: false });
  }, [focusOnMount]);
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1 ref={ref} tabIndex={-1} className="page-heading">
        {children}
      </h1>
    </>
  );
}
