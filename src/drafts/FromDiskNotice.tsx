import { useState } from 'react';
import { openedFromDisk } from '../storage/filesOnly';
import { FROM_DISK } from '../text/storage';
import { useDraftSession, useSessionState } from '../shell/DraftSessionContext';
import './FromDiskNotice.css';

/**
 * On the start page of the single-file edition opened from disk: the browser keeps what every
 * local HTML file stores in one shared place, so say so calmly and offer to keep drafts only in
 * files (then this browser stores nothing and the status bar says the work is only in this window).
 */
export function FromDiskNotice() {
  const session = useDraftSession();
  const state = useSessionState(session);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | undefined>();
  if (!session || !state || !openedFromDisk()) return null;

  const choose = async (on: boolean) => {
    const result = await session.keepInFilesOnly(on);
    setMessage(result.ok ? { kind: 'done', text: on ? FROM_DISK.nowFilesOnly : FROM_DISK.nowBrowser } : { kind: 'error', text: result.message });
  };

  return (
    <section className="notice from-disk" aria-labelledby="los-bestand">
      <h2 className="notice__heading" id="los-bestand">
        {state.filesOnly ? FROM_DISK.filesOnlyHeading : FROM_DISK.heading}
      </h2>
      {(state.filesOnly ? FROM_DISK.filesOnlyBody : FROM_DISK.body).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <button type="button" className={`button ${state.filesOnly ? 'button--subtle' : 'button--secondary'}`} onClick={() => void choose(!state.filesOnly)}>
        {state.filesOnly ? FROM_DISK.useBrowser : FROM_DISK.useFilesOnly}
      </button>
      <div role="status" className="from-disk__status">
        {message?.kind === 'done' && <p>{message.text}</p>}
      </div>
      {message?.kind === 'error' && (
        <p role="alert" className="notice notice--error">
          {message.text}
        </p>
      )}
    </section>
  );
}
