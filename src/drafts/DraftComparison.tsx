import { useLayoutEffect, useRef } from 'react';
import { VERSIONS } from '../text/library';
import type { AnswerChange } from './compareDrafts';
import { TableRegion } from '../components/TableRegion';
import './DraftComparison.css';

interface Props {
  before: string;
  after: string;
  changes: readonly AnswerChange[];
}

/** The answers that differ between two drafts, as a table an advisor can read top to bottom. */
export function DraftComparison({ before, after, changes }: Props) {
  const heading = VERSIONS.compareHeading(before, after);
  const ref = useRef<HTMLHeadingElement>(null);
  // A new comparison takes focus, so the result is read out where it appears.
  useLayoutEffect(() => ref.current?.focus(), [changes]);
  return (
    <section className="comparison" aria-label={heading}>
      <h2 className="section-heading" tabIndex={-1} ref={ref}>
        {heading}
      </h2>
      <p>{changes.length === 0 ? VERSIONS.noDifferences : VERSIONS.differences(changes.length)}</p>
      {changes.length > 0 && (
        <TableRegion label={heading}>
          <table className="table comparison__table">
            <thead>
              <tr>
                <th scope="col">{VERSIONS.columnStep}</th>
                <th scope="col">{VERSIONS.columnQuestion}</th>
                <th scope="col">{before}</th>
                <th scope="col">{after}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change, i) => (
                <tr key={i}>
                  <td>
                    {change.stepTitle}
                    {change.heading && <span className="comparison__part">{change.heading}</span>}
                  </td>
                  <th scope="row">{change.label}</th>
                  <td className="comparison__before">{change.before ?? <span className="comparison__empty">{VERSIONS.empty}</span>}</td>
                  <td className="comparison__after">{change.after ?? <span className="comparison__empty">{VERSIONS.empty}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
