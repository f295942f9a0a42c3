import { useEffect, useRef, type ReactNode } from 'react';

/** The page's h1; it takes focus when the page opens, so screen-reader users hear where they are. */
export function PageHeading({ children, caption, focusOnMount = true }: { children: ReactNode; caption?: string; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus({ preventScroll: false });
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
