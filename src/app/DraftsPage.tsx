import { useEffect, useId, useState, type FormEvent } from 'react';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { findScheme } from '../../templates/schemes';
import { STEP_IDS } from '../domain/steps';
import { stepStatus } from '../domain/stepStatus';
import { validateDraft } from '../domain/validateDraft';
import type { LibraryEntry } from '../storage/draftLibrary';
import type { LibraryResult } from '../storage/draftSession';
import { LIBRARY } from '../text/storage';
import { useDraft, useScheme } from '../wizard/DraftContext';
import { PageHeading } from '../wizard/PageHeading';
import { useDocumentTitle } from '../wizard/useDocumentTitle';
import { routeHref } from './hashRoute';
import { useDraftSession, useSessionState } from './DraftSessionContext';

type Notice = { kind: 'done'; text: string; undo?: () => Promise<boolean>; undoText?: string } | { kind: 'error'; text: string };

/**
 * "Uw concepten op dit apparaat": every draft in this browser with its name, scheme, last change
 * and progress; open, rename, copy, save as a file, remove (with undo), and wipe everything.
 */
export function DraftsPage() {
  useDocumentTitle(LIBRARY.pageTitle);
  const session = useDraftSession();
  const state = useSessionState(session);
  const active = useDraft((d) => d);
  const [others, setOthers] = useState<LibraryEntry[]>([]);
  const [notice, setNotice] = useState<Notice | undefined>();
  const libraryChanges = state?.libraryChanges;

  useEffect(() => {
    let current = true;
    void session?.library.list().then((entries) => {
      if (current) setOthers(entries.sort((a, b) => updatedOf(b) - updatedOf(a)));
    });
    return () => {
      current = false;
    };
  }, [session, libraryChanges]);

  if (!session || !state) return null;

  const run = async (action: Promise<LibraryResult>, done: string, undoText?: string) => {
    const result = await action;
    setNotice(result.ok ? { kind: 'done', text: done, undo: result.undo, undoText } : { kind: 'error', text: result.message });
  };
  const undo = async (current: Extract<Notice, { kind: 'done' }>) => {
    if (await current.undo?.()) setNotice({ kind: 'done', text: current.undoText ?? '' });
  };
  const wipe = async () => {
    if (!window.confirm(LIBRARY.wipeConfirm)) return;
    if (await session.wipeDevice()) {
      window.location.replace(routeHref([]));
      window.location.reload();
    } else setNotice({ kind: 'error', text: LIBRARY.wipeFailed });
  };

  return (
    <>
      <PageHeading>{LIBRARY.pageTitle}</PageHeading>
      <p className="lead">{LIBRARY.pageIntro}</p>
      <div role="status" className="drafts__status">
        {notice?.kind === 'done' && (
          <div className="notice notice--success">
            <p>{notice.text}</p>
            {notice.undo && (
              <button type="button" className="button button--secondary button--small" onClick={() => void undo(notice)}>
                {LIBRARY.undo}
              </button>
            )}
          </div>
        )}
      </div>
      {notice?.kind === 'error' && (
        <p role="alert" className="notice notice--error">
          {notice.text}
        </p>
      )}
      <button type="button" className="button button--primary" onClick={() => void run(session.createNew(), LIBRARY.created)}>
        {LIBRARY.create}
      </button>

      <ul className="drafts">
        <DraftCard id={state.activeId} draft={active} isOpen onAction={run} />
        {others.map((entry) =>
          entry.ok ? (
            <DraftCard key={entry.id} id={entry.id} draft={entry.draft} onAction={run} />
          ) : (
            <li key={entry.id} className="card drafts__card">
              <h2 className="drafts__title">{LIBRARY.damaged}</h2>
              <p>{LIBRARY.damagedHint(entry.message)}</p>
              <div className="drafts__actions">
                <button type="button" className="button button--secondary button--small" onClick={() => session.downloadKeptAside({ key: entry.id, text: entry.text, message: entry.message })}>
                  {LIBRARY.download}
                </button>
                <button
                  type="button"
                  className="button button--danger button--small"
                  onClick={() => void run(session.remove(entry.id), LIBRARY.removed(LIBRARY.damaged), LIBRARY.undone(LIBRARY.damaged))}
                >
                  {LIBRARY.remove}
                </button>
              </div>
            </li>
          ),
        )}
      </ul>

      <h2 className="section-heading">{LIBRARY.wipeHeading}</h2>
      <p>{LIBRARY.wipeIntro}</p>
      <button type="button" className="button button--danger" onClick={() => void wipe()}>
        {LIBRARY.wipe}
      </button>
      <p className="drafts__back">
        <a href={routeHref([])}>{LIBRARY.backToStart}</a>
      </p>
    </>
  );
}

interface CardProps {
  id: string;
  draft: DraftFile;
  isOpen?: boolean;
  onAction: (action: Promise<LibraryResult>, done: string, undoText?: string) => Promise<void>;
}

function DraftCard({ id, draft, isOpen = false, onAction }: CardProps) {
  const session = useDraftSession()!;
  const appScheme = useScheme();
  const scheme = findScheme(draft.schemeId) ?? appScheme;
  const [renaming, setRenaming] = useState(false);
  const inputId = useId();
  const title = draft.title?.trim() || LIBRARY.untitled;
  const done = progressOf(draft, scheme);

  const rename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('title') ?? '');
    setRenaming(false);
    void onAction(session.rename(id, name), LIBRARY.renamed(name.trim() || LIBRARY.untitled));
  };

  return (
    <li className={`card drafts__card${isOpen ? ' card--selected' : ''}`}>
      <h2 className="drafts__title">
        {title} {isOpen && <span className="tag">{LIBRARY.isOpen}</span>}
      </h2>
      <ul className="drafts__facts">
        <li>{LIBRARY.scheme(scheme.shortName)}</li>
        <li>{LIBRARY.lastChange(new Date(draft.updatedAt))}</li>
        <li>{LIBRARY.progress(done, STEP_IDS.length)}</li>
      </ul>
      {renaming ? (
        <form className="drafts__rename" onSubmit={rename}>
          <div className="field">
            <label className="field__label" htmlFor={inputId}>
              {LIBRARY.renameLabel(title)}
            </label>
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the user just asked to type a new name here */}
            <input id={inputId} name="title" className="input input--medium" defaultValue={draft.title ?? ''} maxLength={300} autoFocus />
          </div>
          <div className="drafts__actions">
            <button type="submit" className="button button--primary button--small">
              {LIBRARY.renameSave}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setRenaming(false)}>
              {LIBRARY.cancel}
            </button>
          </div>
        </form>
      ) : (
        <div className="drafts__actions">
          {!isOpen && (
            <button type="button" className="button button--primary button--small" onClick={() => void onAction(session.switchTo(id), LIBRARY.opened(title))}>
              {LIBRARY.open}
              <span className="visually-hidden"> ‘{title}’</span>
            </button>
          )}
          <button type="button" className="button button--secondary button--small" onClick={() => setRenaming(true)}>
            {LIBRARY.rename}
            <span className="visually-hidden"> ‘{title}’</span>
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => void onAction(session.duplicate(id), LIBRARY.duplicated(title))}>
            {LIBRARY.duplicate}
            <span className="visually-hidden"> ‘{title}’</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void onAction(Promise.resolve({ ok: true }), LIBRARY.saved(isOpen ? session.saveFile() : session.downloadDraft(draft)))}
          >
            {LIBRARY.download}
            <span className="visually-hidden"> ‘{title}’</span>
          </button>
          <button type="button" className="button button--danger button--small" onClick={() => void onAction(session.remove(id), LIBRARY.removed(title), LIBRARY.undone(title))}>
            {LIBRARY.remove}
            <span className="visually-hidden"> ‘{title}’</span>
          </button>
        </div>
      )}
    </li>
  );
}

function progressOf(draft: DraftFile, scheme: Scheme): number {
  const issues = validateDraft(draft.answers, scheme);
  return STEP_IDS.filter((step) => stepStatus(step, draft.answers, draft.progress, issues) === 'complete').length;
}

function updatedOf(entry: LibraryEntry): number {
  return entry.ok ? Date.parse(entry.draft.updatedAt) : 0;
}
