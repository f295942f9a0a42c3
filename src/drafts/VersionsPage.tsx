import { useEffect, useState, type FormEvent } from 'react';
import { SCHEMES } from '../../templates/schemes';
import { compareDrafts, type AnswerChange } from './compareDrafts';
import { DraftComparison } from './DraftComparison';
import type { DraftVersion } from '../storage/draftLibrary';
import type { LibraryResult } from '../storage/draftSession';
import { parseDraft } from '../draftFile/parseDraft';
import { LIBRARY_PAGE, VERSIONS } from '../text/library';
import { useDraft, useScheme } from '../shell/DraftContext';
import { PageHeading } from '../shell/PageHeading';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { href } from '../routes/hashRoute';
import { useDraftSession, useSessionState } from '../shell/DraftSessionContext';
import { ActionNotice, type ActionNoticeState } from '../components/ActionNotice';
import '../components/field.css';
import './DraftPanel.css';
import './DraftsPage.css';
import './VersionsPage.css';

type Notice = ActionNoticeState;
type Comparison = { before: string; after: string; changes: AnswerChange[] };

/**
 * "Versies van dit concept": named versions ("versie naar adviseur, 3 feb"), going back to one,
 * and an answer-by-answer comparison with a version or between two files.
 */
export function VersionsPage() {
  useDocumentTitle(VERSIONS.pageTitle);
  const session = useDraftSession();
  const state = useSessionState(session);
  const draft = useDraft((d) => d);
  const scheme = useScheme();
  const [versions, setVersions] = useState<DraftVersion[]>([]);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [comparison, setComparison] = useState<Comparison | undefined>();
  const activeId = state?.activeId;
  const libraryChanges = state?.libraryChanges;

  useEffect(() => {
    let current = true;
    if (activeId) void session?.library.versions(activeId).then((list) => current && setVersions(list));
    return () => {
      current = false;
    };
  }, [session, activeId, libraryChanges]);

  if (!session || !state) return null;

  const show = (result: LibraryResult, done: string, undoText?: string) =>
    setNotice(result.ok ? { kind: 'done', text: done, undo: result.undo, undoText } : { kind: 'error', text: result.message });

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name') ?? '');
    show(await session.saveVersion(name), VERSIONS.savedVersion);
    form.reset();
  };
  const restore = async (version: DraftVersion) => {
    // No "are you sure": the draft as it was becomes a version first, and "Ongedaan maken" goes back.
    setComparison(undefined);
    show(await session.restoreVersion(version), VERSIONS.restored(version.name), VERSIONS.restoreUndone);
  };
  const compareFiles = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const [a, b] = [data.get('fileA'), data.get('fileB')];
    if (!(a instanceof File) || !(b instanceof File) || a.size === 0 || b.size === 0) {
      setNotice({ kind: 'error', text: VERSIONS.chooseBoth });
      return;
    }
    const options = { schemeIds: SCHEMES.map((s) => s.id) };
    const [left, right] = await Promise.all([parseDraft(a, options), parseDraft(b, options)]);
    if (!left.ok || !right.ok) {
      setComparison(undefined);
      setNotice({ kind: 'error', text: !left.ok ? VERSIONS.fileRefused(a.name, left.message) : VERSIONS.fileRefused(b.name, (right as { message: string }).message) });
      return;
    }
    setNotice(undefined);
    setComparison({ before: a.name, after: b.name, changes: compareDrafts(left.draft.answers, right.draft.answers, scheme) });
  };

  return (
    <>
      <PageHeading>{VERSIONS.pageTitle}</PageHeading>
      <p className="lead">{VERSIONS.pageIntro}</p>
      <ActionNotice notice={notice} undoLabel={LIBRARY_PAGE.undo} onUndone={setNotice} />

      <form className="versions__save" onSubmit={(e) => void save(e)}>
        <div className="field">
          <label className="field__label" htmlFor="versie-naam">
            {VERSIONS.nameLabel}
          </label>
          <p className="field__hint" id="versie-naam-hint">
            {VERSIONS.nameHint}
          </p>
          <input id="versie-naam" name="name" className="input input--medium" maxLength={300} aria-describedby="versie-naam-hint" />
        </div>
        <button type="submit" className="button button--primary">
          {VERSIONS.save}
        </button>
      </form>

      <h2 className="section-heading">{VERSIONS.listHeading}</h2>
      {versions.length === 0 ? (
        <p>{VERSIONS.none}</p>
      ) : (
        <ul className="drafts">
          {versions.map((version) => (
            <li key={version.id} className="card drafts__card">
              <h3 className="drafts__title">{version.name}</h3>
              <p className="drafts__facts">{VERSIONS.savedAt(new Date(version.at))}</p>
              <div className="drafts__actions">
                <button
                  type="button"
                  className="button button--primary button--small"
                  onClick={() => setComparison({ before: version.name, after: VERSIONS.now, changes: compareDrafts(version.draft.answers, draft.answers, scheme) })}
                >
                  {VERSIONS.compare}
                  <span className="visually-hidden"> ‘{version.name}’</span>
                </button>
                <button type="button" className="button button--secondary button--small" onClick={() => void restore(version)}>
                  {VERSIONS.restore}
                  <span className="visually-hidden"> ‘{version.name}’</span>
                </button>
                <button type="button" className="button button--secondary button--small" onClick={() => session.downloadDraft(version.draft)}>
                  {LIBRARY_PAGE.download}
                  <span className="visually-hidden"> ‘{version.name}’</span>
                </button>
                <button
                  type="button"
                  className="button button--danger button--small"
                  onClick={() => void session.removeVersion(version).then((r) => show(r, VERSIONS.removed(version.name), VERSIONS.removeUndone(version.name)))}
                >
                  {LIBRARY_PAGE.remove}
                  <span className="visually-hidden"> ‘{version.name}’</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      {comparison && <DraftComparison {...comparison} />}

      <h2 className="section-heading">{VERSIONS.filesHeading}</h2>
      <p>{VERSIONS.filesIntro}</p>
      <form className="versions__files" onSubmit={(e) => void compareFiles(e)}>
        {(['fileA', 'fileB'] as const).map((name) => (
          <div className="field" key={name}>
            <label className="field__label" htmlFor={`vergelijk-${name}`}>
              {name === 'fileA' ? VERSIONS.fileA : VERSIONS.fileB}
            </label>
            <input id={`vergelijk-${name}`} name={name} type="file" className="draft-panel__file" accept=".json,.docx" />
          </div>
        ))}
        <button type="submit" className="button button--secondary">
          {VERSIONS.compareFiles}
        </button>
      </form>
      <p className="drafts__back">
        <a href={href.start()}>{LIBRARY_PAGE.backToStart}</a>
      </p>
    </>
  );
}
