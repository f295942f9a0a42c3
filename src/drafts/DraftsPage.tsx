import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { findScheme, SCHEMES } from '../../templates/schemes';
import { STEP_IDS } from '../domain/steps';
import { stepStatus } from '../domain/stepStatus';
import { validateDraft } from '../domain/validateDraft';
import type { LibraryEntry } from '../storage/draftLibrary';
import type { LibraryResult } from '../storage/draftSession';
import { LIBRARY_PAGE } from '../text/library';
import { useDraft, useScheme } from '../shell/DraftContext';
import { PageHeading } from '../shell/PageHeading';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { href } from '../routes/hashRoute';
import { fieldId } from '../routes/fieldId';
import { WIPE_DEVICE_TARGET, type RouteProps } from '../routes/routeTable';
import { useDraftSession, useSessionState } from '../shell/DraftSessionContext';
import { ActionNotice, type ActionNoticeState } from '../components/ActionNotice';
import { DraftFileInput } from './DraftFileInput';
import { OpenedNotice } from './OpenedNotice';
import { useOpenDraft } from './useOpenDraft';
import '../components/field.css';
import './OpenedNotice.css';
import './DraftsPage.css';
import { RoundChoice } from './RoundChoice';
import { ROUNDS } from '../text/rounds';
import { TRANSFER } from '../text/transfer';

type Notice = ActionNoticeState;

/**
 * "Uw concepten op dit apparaat": every draft in this browser with its name, scheme, last change
 * and progress; open, rename, copy, save as a file, remove (with undo), add one from a file, and
 * wipe everything (after an in-page "are you sure": wiping is for leaving nothing behind, so it
 * cannot keep a copy to undo with).
 */
export function DraftsPage({ focusField }: RouteProps) {
  useDocumentTitle(LIBRARY_PAGE.pageTitle);
  const session = useDraftSession();
  const state = useSessionState(session);
  const active = useDraft((d) => d);
  const [others, setOthers] = useState<LibraryEntry[]>([]);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [confirmingWipe, setConfirmingWipe] = useState(false);
  const wipeButton = useRef<HTMLButtonElement>(null);
  // "Niet wissen" puts the focus back on "Wis alles op dit apparaat" before the next paint.
  const refocusWipe = useRef(false);
  useLayoutEffect(() => {
    if (confirmingWipe || !refocusWipe.current) return;
    refocusWipe.current = false;
    wipeButton.current?.focus();
  }, [confirmingWipe]);
  // From the privacy page: "Wis alles op dit apparaat" at the bottom takes the focus, before the
  // first paint (after it, a frame showed the focus on <body>: the link that had it is gone).
  useLayoutEffect(() => {
    if (focusField === fieldId(WIPE_DEVICE_TARGET)) wipeButton.current?.focus();
  }, [focusField]);
  const opener = useOpenDraft();
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
  const wipe = async () => {
    setConfirmingWipe(false);
    if (await session.wipeDevice()) {
      window.location.replace(href.start());
      window.location.reload();
    } else setNotice({ kind: 'error', text: LIBRARY_PAGE.wipeFailed });
  };

  return (
    <>
      <PageHeading focusOnMount={!focusField}>{LIBRARY_PAGE.pageTitle}</PageHeading>
      <OpenedNotice outcome={opener.outcome} onChange={opener.setOutcome} linkToDrafts={false} />
      <p className="lead">{LIBRARY_PAGE.pageIntro}</p>
      <ActionNotice notice={notice} undoLabel={LIBRARY_PAGE.undo} onUndone={setNotice} />
      <RoundChoice
        legend={ROUNDS.chooseLegend}
        hint={ROUNDS.chooseHint}
        action={LIBRARY_PAGE.create}
        initial={active.schemeId}
        onChoose={(schemeId) => void run(session.createNew(schemeId), LIBRARY_PAGE.createdFor(findScheme(schemeId)?.name ?? schemeId))}
      />
      <details className="drafts__add-file">
        <summary>{LIBRARY_PAGE.addFromFile}</summary>
        <DraftFileInput opener={opener} />
      </details>

      <ul className="drafts">
        <DraftCard id={state.activeId} draft={active} isOpen onAction={run} onTransfer={opener.transfer} />
        {others.map((entry) =>
          entry.ok ? (
            <DraftCard key={entry.id} id={entry.id} draft={entry.draft} note={entry.note} onAction={run} onTransfer={opener.transfer} />
          ) : (
            <li key={entry.id} className="card drafts__card">
              <h2 className="drafts__title">{LIBRARY_PAGE.damaged}</h2>
              <p>{LIBRARY_PAGE.damagedHint(entry.message)}</p>
              <div className="drafts__actions">
                <button type="button" className="button button--secondary button--small" onClick={() => session.downloadKeptAside({ key: entry.id, text: entry.text, message: entry.message })}>
                  {LIBRARY_PAGE.download}
                </button>
                <button
                  type="button"
                  className="button button--danger button--small"
                  onClick={() => void run(session.remove(entry.id), LIBRARY_PAGE.removed(LIBRARY_PAGE.damaged), LIBRARY_PAGE.undone(LIBRARY_PAGE.damaged))}
                >
                  {LIBRARY_PAGE.remove}
                </button>
              </div>
            </li>
          ),
        )}
      </ul>

      <h2 className="section-heading">{LIBRARY_PAGE.wipeHeading}</h2>
      <p>{LIBRARY_PAGE.wipeIntro}</p>
      {confirmingWipe ? (
        <WipeConfirmation
          count={others.length + 1}
          onWipe={() => void wipe()}
          onCancel={() => {
            refocusWipe.current = true;
            setConfirmingWipe(false);
          }}
        />
      ) : (
        <button ref={wipeButton} id={fieldId(WIPE_DEVICE_TARGET)} type="button" className="button button--danger" onClick={() => setConfirmingWipe(true)}>
          {LIBRARY_PAGE.wipe}
        </button>
      )}
      <p className="drafts__back">
        <a href={href.start()}>{LIBRARY_PAGE.backToStart}</a>
      </p>
    </>
  );
}

/** "Weet u het zeker?" in the page, with focus on it; "Niet wissen" puts everything back as it was. */
function WipeConfirmation({ count, onWipe, onCancel }: { count: number; onWipe: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="notice notice--warning opened-notice">
      <p>{LIBRARY_PAGE.wipeConfirm(count)}</p>
      <div className="drafts__actions">
        <button type="button" className="button button--danger" onClick={onWipe}>
          {LIBRARY_PAGE.wipeYes}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {LIBRARY_PAGE.wipeNo}
        </button>
      </div>
    </div>
  );
}

interface CardProps {
  id: string;
  draft: DraftFile;
  /** Why the app put this draft in the list itself (e.g. changes from a tab that was taken over). */
  note?: string;
  isOpen?: boolean;
  onAction: (action: Promise<LibraryResult>, done: string, undoText?: string) => Promise<void>;
  /** "Overzetten naar …": a copy for another round opens as a new draft (the page's OpenedNotice says what did not fit). */
  onTransfer: (draft: DraftFile, to: Scheme) => Promise<void>;
}

function DraftCard({ id, draft, note, isOpen = false, onAction, onTransfer }: CardProps) {
  const session = useDraftSession()!;
  const appScheme = useScheme();
  const scheme = findScheme(draft.schemeId) ?? appScheme;
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const inputId = useId();
  // "Annuleren" puts the focus back on "Naam wijzigen" before the next paint (a saved name moves it to the notice).
  const refocusRename = useRef(false);
  useLayoutEffect(() => {
    if (renaming || !refocusRename.current) return;
    refocusRename.current = false;
    renameButton.current?.focus();
  }, [renaming]);
  const cancelRename = () => {
    refocusRename.current = true;
    setRenaming(false);
  };
  const title = draft.title?.trim() || LIBRARY_PAGE.untitled;
  const done = progressOf(draft, scheme);

  const rename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('title') ?? '');
    setRenaming(false);
    void onAction(session.rename(id, name), LIBRARY_PAGE.renamed(name.trim() || LIBRARY_PAGE.untitled));
  };

  return (
    <li className={`card drafts__card${isOpen ? ' card--selected' : ''}`}>
      <h2 className="drafts__title">
        {title} {isOpen && <span className="tag">{LIBRARY_PAGE.isOpen}</span>}
      </h2>
      <ul className="drafts__facts">
        <li>{LIBRARY_PAGE.scheme(scheme.shortName)}</li>
        <li>{LIBRARY_PAGE.lastChange(new Date(draft.updatedAt))}</li>
        <li>{LIBRARY_PAGE.progress(done, STEP_IDS.length)}</li>
      </ul>
      {note && <p className="notice notice--warning">{note}</p>}
      {renaming ? (
        <form className="drafts__rename" onSubmit={rename}>
          <div className="field">
            <label className="field__label" htmlFor={inputId}>
              {LIBRARY_PAGE.renameLabel(title)}
            </label>
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the user just asked to type a new name here */}
            <input id={inputId} name="title" className="input input--medium" defaultValue={draft.title ?? ''} maxLength={300} autoFocus />
          </div>
          <div className="drafts__actions">
            <button type="submit" className="button button--primary button--small">
              {LIBRARY_PAGE.renameSave}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={cancelRename}>
              {LIBRARY_PAGE.cancel}
            </button>
          </div>
        </form>
      ) : (
        <div className="drafts__actions">
          {!isOpen && (
            <button type="button" className="button button--primary button--small" onClick={() => void onAction(session.switchTo(id), LIBRARY_PAGE.opened(title))}>
              {LIBRARY_PAGE.open}
              <span className="visually-hidden"> ‘{title}’</span>
            </button>
          )}
          <button ref={renameButton} type="button" className="button button--secondary button--small" onClick={() => setRenaming(true)}>
            {LIBRARY_PAGE.rename}
            <span className="visually-hidden"> ‘{title}’</span>
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => void onAction(session.duplicate(id), LIBRARY_PAGE.duplicated(title))}>
            {LIBRARY_PAGE.duplicate}
            <span className="visually-hidden"> ‘{title}’</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void onAction(Promise.resolve({ ok: true }), LIBRARY_PAGE.saved(isOpen ? session.saveFile() : session.downloadDraft(draft)))}
          >
            {LIBRARY_PAGE.download}
            <span className="visually-hidden"> ‘{title}’</span>
          </button>
          <button type="button" className="button button--danger button--small" onClick={() => void onAction(session.remove(id), LIBRARY_PAGE.removed(title), LIBRARY_PAGE.undone(title))}>
            {LIBRARY_PAGE.remove}
            <span className="visually-hidden"> ‘{title}’</span>
          </button>
        </div>
      )}
      <TransferForm draft={draft} title={title} onTransfer={onTransfer} />
    </li>
  );
}

/** "Overzetten naar …": the other rounds the app knows; the copy opens as a new draft. */
function TransferForm({ draft, title, onTransfer }: { draft: DraftFile; title: string; onTransfer: CardProps['onTransfer'] }) {
  const selectId = useId();
  const targets = SCHEMES.filter((s) => s.id !== draft.schemeId);
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  if (targets.length === 0) return null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const to = findScheme(target);
    if (to) void onTransfer(draft, to);
  };
  return (
    <form className="drafts__transfer" onSubmit={submit}>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {TRANSFER.label(title)}
        </label>
        <p className="field__hint" id={`${selectId}-hint`}>
          {TRANSFER.hint}
        </p>
        <select id={selectId} className="input input--medium select" value={target} onChange={(e) => setTarget(e.target.value)} aria-describedby={`${selectId}-hint`}>
          {targets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary button--small">
        {TRANSFER.action}
        <span className="visually-hidden"> ‘{title}’</span>
      </button>
    </form>
  );
}

function progressOf(draft: DraftFile, scheme: Scheme): number {
  const issues = validateDraft(draft.answers, scheme);
  return STEP_IDS.filter((step) => stepStatus(step, draft.answers, draft.progress, issues) === 'complete').length;
}

function updatedOf(entry: LibraryEntry): number {
  return entry.ok ? Date.parse(entry.draft.updatedAt) : 0;
}
