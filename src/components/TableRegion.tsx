import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './TableRegion.css';

/**
 * A table that may be wider than a phone scrolls inside this box, never the page (WCAG 1.4.10
 * reflow). Only while it is wider than the box does the box become a labelled region in the Tab
 * order, so a keyboard user can scroll it (axe `scrollable-region-focusable`) and a table that
 * fits adds no tab stop and no landmark.
 */
export function TableRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(ref);
  return (
    <div
      ref={ref}
      className={className ? `table-region ${className}` : 'table-region'}
      {...(overflows ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}

function useOverflows(ref: React.RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}
