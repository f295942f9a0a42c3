import { useMemo } from 'react';
import type { Scheme } from '../../schemas/scheme';
import { coherenceMatrix, type MatrixCell, type MatrixGap } from '../domain/coherenceMatrix';
import { formatEuro } from '../domain/formatEuro';
import { href } from '../routes/hashRoute';
import { ACTIVITIES } from '../text/activities';
import { SHELL } from '../text/nl';
import { COHERENCE } from '../text/review';
import { useDraft, useScheme } from '../shell/DraftContext';
import { PageHeading } from '../shell/PageHeading';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { TableRegion } from '../components/TableRegion';
import './CoherencePage.css';

const activityHref = (id: string, field?: string) => href.step('activities', { sub: id, field, returnTo: 'coherence' });
const activityName = (index: number, title: string | undefined) => title ?? ACTIVITIES.pageTitle(index);

/**
 * "#/samenhang": target group × mechanism × activity, with the cost of each cell. The gaps are
 * named in words above the table, and empty cells of chosen mechanisms say so, so nothing depends
 * on colour.
 */
export function CoherencePage() {
  useDocumentTitle(COHERENCE.title);
  const answers = useDraft((d) => d.answers);
  const scheme = useScheme();
  const matrix = useMemo(() => coherenceMatrix(answers, scheme), [answers, scheme]);
  const hasActivities = (answers.activities ?? []).length > 0;
  // Red only where the plan has a gap; an empty cell in a used row or column is a normal choice.
  const gapGroups = new Set(matrix.gaps.flatMap((g) => (g.kind === 'group-without-activity' ? [g.groupId] : [])));
  const gapMechanisms = new Set(matrix.gaps.flatMap((g) => (g.kind === 'mechanism-without-activity' ? [g.mechanismId] : [])));
  const isGap = (mechanismId: string, chosen: boolean, groupId: string) => chosen && (gapMechanisms.has(mechanismId) || gapGroups.has(groupId));

  return (
    <>
      <PageHeading>{COHERENCE.title}</PageHeading>
      <p className="lead">{COHERENCE.intro}</p>

      {!hasActivities && (
        <div className="notice">
          <p>{COHERENCE.noActivities}</p>
          <p>
            <a href={href.step('activities')}>{COHERENCE.toActivities}</a>
          </p>
        </div>
      )}

      {matrix.gaps.length > 0 ? (
        <div className="notice notice--warning" aria-labelledby="coherence-gaps-title">
          <h2 className="notice__title" id="coherence-gaps-title">
            {COHERENCE.gapsTitle}
          </h2>
          <ul>
            {matrix.gaps.map((gap, i) => (
              <li key={i}>
                <Gap gap={gap} scheme={scheme} />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="notice notice--success">
          <h2 className="notice__title">{COHERENCE.noGapsTitle}</h2>
          <p>{COHERENCE.noGapsBody}</p>
        </div>
      )}

      <TableRegion className="coherence" label={COHERENCE.caption}>
        <table className="table coherence__table">
          <caption id="coherence-caption">{COHERENCE.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{COHERENCE.mechanismColumn}</th>
              {matrix.groups.map((g) => (
                <th scope="col" key={g.id}>
                  {COHERENCE.groupColumn(g.id, g.shortName)}
                </th>
              ))}
              <th scope="col" className="num">
                {COHERENCE.totalColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.mechanismId} className={row.chosen ? 'coherence__row--chosen' : 'coherence__row--unchosen'}>
                <th scope="row">
                  <span className="coherence__mechanism">{ACTIVITIES.mechanismLabel(row.number, row.name)}</span>
                  <ChosenMark chosen={row.chosen} />
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.groupId}>
                    <Cell cell={cell} chosen={row.chosen} gap={isGap(row.mechanismId, row.chosen, cell.groupId)} />
                  </td>
                ))}
                <td className="num">{row.cents > 0 ? formatEuro(row.cents) : ''}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{COHERENCE.totalRow}</th>
              {matrix.groups.map((g) => (
                <td className="num" key={g.id}>
                  {formatEuro(g.cents)}
                </td>
              ))}
              <td className="num">{formatEuro(matrix.placedCents)}</td>
            </tr>
          </tfoot>
        </table>
      </TableRegion>
      {/* On a phone the same data as one card per mechanism; only one of the two is displayed. */}
      <div className="coherence__cards">
        <h2 className="section-heading">{COHERENCE.caption}</h2>
        {matrix.rows.map((row) => (
          <section key={row.mechanismId} className="coherence__card" aria-labelledby={`coherence-card-${row.mechanismId}`}>
            <h3 className="coherence__card-title" id={`coherence-card-${row.mechanismId}`}>
              {ACTIVITIES.mechanismLabel(row.number, row.name)}
            </h3>
            <ChosenMark chosen={row.chosen} />
            <dl className="coherence__card-cells">
              {row.cells.map((cell, i) => (
                <div key={cell.groupId}>
                  <dt>{COHERENCE.groupColumn(cell.groupId, matrix.groups[i]!.shortName)}</dt>
                  <dd>
                    <Cell cell={cell} chosen={row.chosen} gap={isGap(row.mechanismId, row.chosen, cell.groupId)} />
                  </dd>
                </div>
              ))}
            </dl>
            {row.cents > 0 && (
              <p className="coherence__card-total">
                {COHERENCE.totalColumn}: {formatEuro(row.cents)}
              </p>
            )}
          </section>
        ))}
        <dl className="coherence__card-totals">
          {matrix.groups.map((g) => (
            <div key={g.id}>
              <dt>{COHERENCE.groupColumn(g.id, g.shortName)}</dt>
              <dd>{formatEuro(g.cents)}</dd>
            </div>
          ))}
          <div>
            <dt>{COHERENCE.totalColumn}</dt>
            <dd>{formatEuro(matrix.placedCents)}</dd>
          </div>
        </dl>
      </div>
      <p className="coherence__note">{COHERENCE.splitNote}</p>
      {matrix.unplacedCents > 0 && <p>{COHERENCE.unplaced(formatEuro(matrix.unplacedCents))}</p>}

      <p className="button-group">
        <a className="button button--secondary" href={href.page('review')}>
          {COHERENCE.toReview}
        </a>
        <a className="link" href={href.start()}>
          {SHELL.backToOverview}
        </a>
      </p>
    </>
  );
}

function ChosenMark({ chosen }: { chosen: boolean }) {
  return chosen ? <span className="tag tag--complete">{COHERENCE.chosen}</span> : <span className="coherence__not-chosen">{COHERENCE.notChosen}</span>;
}

function Cell({ cell, chosen, gap }: { cell: MatrixCell; chosen: boolean; gap: boolean }) {
  if (cell.activities.length === 0) {
    if (gap) return <span className="coherence__gap">{COHERENCE.emptyChosenCell}</span>;
    return <span className="coherence__empty">{chosen ? COHERENCE.emptyChosenCell : COHERENCE.emptyCell}</span>;
  }
  return (
    <>
      {!chosen && <p className="coherence__unchosen">{COHERENCE.unchosenWithActivities}</p>}
      <ul className="coherence__activities">
        {cell.activities.map((a) => (
          <li key={a.id}>
            <a href={activityHref(a.id)}>{activityName(a.index, a.title)}</a> <span className="coherence__amount">{formatEuro(a.cents)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Gap({ gap, scheme }: { gap: MatrixGap; scheme: Scheme }) {
  switch (gap.kind) {
    case 'group-without-activity': {
      const group = scheme.targetGroups.find((g) => g.id === gap.groupId);
      return <a href={href.step('activities')}>{COHERENCE.gapGroup(gap.groupId, group?.shortName ?? gap.groupId)}</a>;
    }
    case 'mechanism-without-activity': {
      const m = scheme.mechanisms.find((x) => x.id === gap.mechanismId);
      return <a href={href.step('activities')}>{COHERENCE.gapMechanism(m?.number ?? 0, m?.name ?? gap.mechanismId)}</a>;
    }
    case 'activity-without-chosen-mechanism':
      return <a href={activityHref(gap.activityId, 'mechanismIds')}>{COHERENCE.gapActivityMechanism(ACTIVITIES.issueLabel(gap.index, gap.title))}</a>;
    case 'activity-without-group':
      return <a href={activityHref(gap.activityId, 'targetGroupIds')}>{COHERENCE.gapActivityGroup(ACTIVITIES.issueLabel(gap.index, gap.title))}</a>;
  }
}
