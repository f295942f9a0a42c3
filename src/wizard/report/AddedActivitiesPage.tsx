import { useState } from 'react';
import type { ReportDraft } from '../../../schemas/draft';
import { ADDED_ACTIVITY_FIELDS } from '../../../schemas/fields/report';
import { newId } from '../../domain/newId';
import { addedActivities, type AddedActivityDraft } from '../../domain/report/planVsRealised';
import { reportSchemas } from '../../domain/report/reportChecks';
import { href } from '../../routes/hashRoute';
import { BackLink } from '../../shell/BackLink';
import { useDraft, useDraftStore, useScheme } from '../../shell/DraftContext';
import { PageHeading } from '../../shell/PageHeading';
import { useDocumentTitle } from '../../shell/useDocumentTitle';
import { navigate } from '../../shell/useHashRoute';
import { formatEuro } from '../../../schemas/dutchNumber';
import { REPORT } from '../../text/report';
import { UndoNotice } from '../../components/UndoNotice';
import { ItemForm } from '../ItemForm';
import './report.css';
import { markTaskVisited, REPORT_SUB, writeReport } from './reportForm';
import { TableFields } from './TableFields';

const NONE: readonly AddedActivityDraft[] = [];
const LIST_HREF = href.report(REPORT_SUB.added);

/** "#/verslag/toegevoegd": activities carried out that were not in the plan, coded N1, N2, …. */
export function AddedActivitiesPage() {
  useDocumentTitle(REPORT.addedTitle);
  const store = useDraftStore();
  const report = useDraft((d) => d.report);
  const list = report?.addedActivities ?? NONE;
  const added = addedActivities(report);
  // What the last removal or undo did; `n` gives each notice a new key, so it takes the focus.
  const [notice, setNotice] = useState<{ n: number; removed?: { item: AddedActivityDraft; at: number }; code: string } | null>(null);

  const onAdd = () => {
    const id = newId();
    writeReport(store, (r) => ({ ...r, addedActivities: [...(r.addedActivities ?? []), { id }] }));
    navigate(href.report(REPORT_SUB.added, id));
  };
  const onRemove = (at: number) => {
    const item = list[at];
    if (!item) return;
    writeReport(store, (r) => ({ ...r, addedActivities: (r.addedActivities ?? []).filter((a) => a.id !== item.id) }));
    setNotice((n) => ({ n: (n?.n ?? 0) + 1, removed: { item, at }, code: `N${at + 1}` }));
  };
  const onUndo = (removed: { item: AddedActivityDraft; at: number }, code: string) => {
    writeReport(store, (r) => {
      const next = [...(r.addedActivities ?? [])];
      next.splice(Math.min(removed.at, next.length), 0, removed.item);
      return { ...r, addedActivities: next } satisfies ReportDraft;
    });
    setNotice((n) => ({ n: (n?.n ?? 0) + 1, code }));
  };
  const onDone = () => {
    store.update((d) => markTaskVisited(d, { kind: 'added' }));
    navigate(href.report());
  };

  return (
    <>
      <BackLink to={href.report()} />
      <span className="caption">{REPORT.title}</span>
      <PageHeading>{REPORT.addedTitle}</PageHeading>
      <p className="lead">{REPORT.addedIntro}</p>
      {notice &&
        (notice.removed ? (
          <UndoNotice key={notice.n} message={REPORT.removedAdded(notice.code)} undoContext={` ${notice.code}`} onUndo={() => onUndo(notice.removed!, notice.code)} />
        ) : (
          <UndoNotice key={notice.n} message={REPORT.restoredAdded(notice.code)} />
        ))}
      {added.length === 0 ? (
        <p>{REPORT.addedNone}</p>
      ) : (
        <ul className="report__added">
          {added.map(({ code, activity, cents }, i) => (
            <li key={activity.id} className="report__added-row">
              <p className="report__added-name">{REPORT.activityTask(code, activity.title)}</p>
              <p>{cents === undefined ? '' : formatEuro(cents)}</p>
              <p className="report__added-actions">
                <a href={href.report(REPORT_SUB.added, activity.id)}>
                  {REPORT.change}
                  <span className="visually-hidden"> {code}</span>
                </a>{' '}
                <button type="button" className="button button--subtle" onClick={() => onRemove(i)}>
                  {REPORT.removeAdded(code)}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={onAdd}>
          {REPORT.addAdded}
        </button>
        <button type="button" className="button button--primary" onClick={onDone}>
          {REPORT.doneAdding}
        </button>
      </div>
    </>
  );
}

/** "#/verslag/toegevoegd/<id>": one added activity, with the reason it was added. */
export function AddedActivityPage({ id, focusField }: { id: string; focusField?: string }) {
  const store = useDraftStore();
  const scheme = useScheme();
  const [opened] = useState(() => {
    const list = store.getSnapshot().report?.addedActivities ?? [];
    const index = list.findIndex((a) => a.id === id);
    return index < 0 ? undefined : { index, item: list[index]! };
  });
  if (!opened) {
    return (
      <>
        <PageHeading>{REPORT.notFoundTitle}</PageHeading>
        <p>{REPORT.notFoundBody}</p>
        <p>
          <a href={LIST_HREF}>{REPORT.backToAdded}</a>
        </p>
      </>
    );
  }
  const code = `N${opened.index + 1}`;
  const write = (item: AddedActivityDraft) =>
    writeReport(store, (r) => ({ ...r, addedActivities: (r.addedActivities ?? []).map((a) => (a.id === id ? item : a)) }));
  return (
    <ItemForm
      schema={reportSchemas(scheme).added}
      item={opened.item}
      // The form's values as it holds them; writeReport cleans them before the draft keeps them.
      write={(v) => write(v as AddedActivityDraft)}
      title={REPORT.addedPageTitle(code)}
      caption={REPORT.title}
      focusField={focusField}
      submitLabel={REPORT.addedSave}
      backHref={LIST_HREF}
      onSaved={() => navigate(LIST_HREF)}
      secondary={
        <a className="link" href={LIST_HREF}>
          {REPORT.backToAdded}
        </a>
      }
    >
      <TableFields fields={ADDED_ACTIVITY_FIELDS} />
    </ItemForm>
  );
}
