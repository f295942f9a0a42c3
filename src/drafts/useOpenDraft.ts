import { useState } from 'react';
import type { OpenSource } from '../storage/draftSession';
import type { OpenNotice } from '../draftFile/parseDraft';
import { DRAFT_EXAMPLES, DRAFT_PANEL } from '../text/storage';
import { useDraftStore } from '../shell/DraftContext';
import { useDraftSession } from '../shell/DraftSessionContext';
import { loadExampleDraft } from './loadExampleDraft';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { findScheme } from '../../templates/schemes';

/** What opening a file or an example did, for OpenedNotice at the top of the page. */
export type OpenedState =
  /** `setAside`: how many parts of the opened draft could not be read (SetAsideNotice shows which). */
  /** `leftOut`: after moving a draft to another round, what had no place there (transferDraft), under its intro. */
  | { kind: 'opened'; text: string; report: string[]; setAside: number; notices: OpenNotice[]; previous?: { id: string; title: string }; leftOut?: { intro: string; lines: string[] } }
  | { kind: 'back'; text: string }
  | { kind: 'refused'; message: string };

export type Example = (typeof DRAFT_EXAMPLES)[number];

/**
 * Opening a draft file (.json or .docx) or an example as a new draft; the page shows the outcome
 * at its top (OpenedNotice). Everything goes through the session (parseDraft); a refused file
 * changes nothing.
 */
export function useOpenDraft() {
  const session = useDraftSession();
  const store = useDraftStore();
  const [outcome, setOutcome] = useState<OpenedState | undefined>();
  const [busy, setBusy] = useState(false);

  const open = async (load: () => Promise<unknown>, source: OpenSource, name: string, openedText: string, leftOut?: { intro: string; lines: string[] }) => {
    // One at a time: the controls stay enabled (aria-disabled) while busy, so they keep the focus.
    if (!session || busy) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await session.openDraft(await load(), source, name);
      if (result.ok)
        setOutcome({
          kind: 'opened',
          text: openedText,
          report: result.report,
          setAside: store.getSnapshot().setAside?.length ?? 0,
          notices: result.notices,
          previous: result.previous,
          ...(leftOut ? { leftOut } : {}),
        });
      else if (result.reason === 'refused') setOutcome({ kind: 'refused', message: DRAFT_PANEL.refused(result.message) });
      else setOutcome({ kind: 'refused', message: DRAFT_PANEL.readOnly });
    } catch {
      setOutcome({ kind: 'refused', message: DRAFT_PANEL.exampleFailed });
    } finally {
      setBusy(false);
    }
  };

  return {
    outcome,
    setOutcome,
    busy,
    openFile: (file: File) => open(async () => file, 'file', file.name, DRAFT_PANEL.opened(file.name)),
    openExample: (example: Example) => open(() => loadExampleDraft(example.file), 'example', example.file, DRAFT_PANEL.exampleOpened(example.label)),
    /** "Overzetten naar …": a copy of `draft` for round `to` opens as a new draft; the original stays as it is. */
    transfer: async (draft: DraftFile, to: Scheme) => {
      const from = findScheme(draft.schemeId);
      if (!from) return;
      // Loaded when used: it walks the field tables, which the first page does not need.
      const [{ transferDraft }, { TRANSFER }] = await Promise.all([import('../domain/transferDraft'), import('../text/transfer')]);
      const moved = transferDraft(draft, from, to, new Date());
      const leftOut = { intro: moved.leftOut.length > 0 ? TRANSFER.leftOutIntro : TRANSFER.allFit, lines: moved.leftOut };
      await open(async () => JSON.stringify(moved.draft), 'transfer', moved.draft.title ?? '', TRANSFER.done(to.name), leftOut);
    },
  };
}

export type DraftOpener = ReturnType<typeof useOpenDraft>;
