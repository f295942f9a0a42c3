import { useEffect, useRef } from 'react';
import { ERROR_SUMMARY } from '../text/nl';
import './ErrorSummary.css';

/** Whether a target is a route ("#/activiteiten") rather than an element on the page ("veld-brin"). */
export const isRouteHref = (target: string) => target.startsWith('#/');

export interface ErrorSummaryItem {
  message: string;
  /** An in-page field id (focus it) or a route like "#/activiteiten" (go there). */
  target: string;
}

interface Props {
  items: readonly ErrorSummaryItem[];
  /** Changes on every failed submit, so focus moves to the summary again. */
  focusKey: number;
}

/**
 * GOV.UK / NL Design System error summary: a heading, focus on it after a failed submit, and
 * a link per error that moves focus to the field.
 */
export function ErrorSummary({ items, focusKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
    // Focus only when a new submit failed, not on every re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);
  if (items.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {ERROR_SUMMARY.title}
      </h2>
      <p>{ERROR_SUMMARY.intro(items.length)}</p>
      <ul className="error-summary__list">
        {items.map((item, i) => (
          <li key={`${item.target}-${i}`}>
            <a href={isRouteHref(item.target) ? item.target : `#${item.target}`} onClick={(e) => focusTarget(e, item.target)}>
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function focusTarget(event: React.MouseEvent, target: string) {
  if (isRouteHref(target)) return; // a route: let the router take it
  const element = document.getElementById(target);
  if (!element) return;
  event.preventDefault();
  // For a group of checkboxes or radios, focus its first option; the fieldset has the legend. In a
  // date, the first box that is wrong (only those are marked invalid).
  const focusable = element.matches('input, select, textarea, button, [tabindex]')
    ? element
    : (element.querySelector<HTMLElement>('[aria-invalid="true"]') ?? element.querySelector<HTMLElement>('input, select, textarea, button'));
  (focusable ?? element).focus();
  element.scrollIntoView({ block: 'center' });
}
