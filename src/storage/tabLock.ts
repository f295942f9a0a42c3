/**
 * One writer per draft across tabs and windows (Web Locks; held until the tab closes). A second
 * tab becomes a reader and is told so; it can take over, after which the first tab saves what it
 * has, lets go and becomes the reader. BroadcastChannel carries "who holds the draft?" and
 * "please hand over". Without Web Locks (very old browsers) every tab is a writer; the owner
 * check in storage (draftVault) still keeps an older tab from overwriting a newer one.
 *
 * Whether a tab reads only is never decided by a timeout alone: a tab is a reader only when
 * another page holds the lock *and* either answers "I hold it" or, according to the lock manager
 * (`locks.query()`), still holds it after a while without answering (a frozen or unloading page).
 * A tab alone waits for the lock however long a busy machine takes to grant it.
 */

export type TabRole = 'writer' | 'reader';

export interface TabLock {
  /** Resolves once: writer, or reader when another tab holds the draft. */
  ready: Promise<TabRole>;
  /**
   * The other tab wants the draft: `handOver` runs (save!) before this tab lets go; `afterwards`
   * runs once this tab has lost the lock, whether it handed over or the lock was taken from it.
   */
  onHandOver(handOver: () => Promise<void>, afterwards: () => void): void;
  /** A tab that started as a reader got the lock after all (the page that held it went away). */
  onAcquired(acquired: () => void): void;
  /** Becomes the writer; resolves when the other tab has saved and let go (or after stealing from a frozen tab). */
  takeOver(): Promise<void>;
  /** Lets go, e.g. on pagehide so a reload can take the lock at once. */
  release(): void;
}

export interface TabLockOptions {
  name?: string;
  locks?: LockManager;
  createChannel?: (name: string) => BroadcastChannel | undefined;
  /**
   * How long a page that holds the lock may stay silent (no answer to "who holds the draft?")
   * before this tab shows itself as a reader; it keeps waiting in line and becomes the writer when
   * that page lets go. Checked against the lock manager's state every `checkEveryMs`.
   */
  silentHolderMs?: number;
  checkEveryMs?: number;
  /** How long to wait for the other tab before taking the lock anyway. */
  stealAfterMs?: number;
}

type Message = { type: 'take-over' } | { type: 'who-holds' } | { type: 'holds' };

export function createTabLock({
  name = 'aanvraagwijzer-draft',
  locks = globalThis.navigator?.locks,
  createChannel = (n) => (typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(n)),
  silentHolderMs = 3_000,
  checkEveryMs = 500,
  stealAfterMs = 3_000,
}: TabLockOptions = {}): TabLock {
  let releaseHeld: (() => void) | undefined;
  let handOverHandler: { handOver: () => Promise<void>; afterwards: () => void } | undefined;
  let acquiredHandler: (() => void) | undefined;
  let acquiredLate = false;
  /** Set while this tab waits in line for the lock. */
  let waiting: AbortController | undefined;
  let channel: BroadcastChannel | undefined;
  try {
    channel = createChannel(`${name}:messages`);
  } catch {
    channel = undefined;
  }
  const post = (message: Message) => {
    try {
      channel?.postMessage(message);
    } catch {
      // No channel: the lock manager's state still decides.
    }
  };

  const lost = () => {
    if (!releaseHeld) return;
    releaseHeld = undefined;
    handOverHandler?.afterwards();
  };

  /** Requests the lock; resolves true once held. The held promise keeps it until `releaseHeld`. */
  const request = (options: LockOptions): Promise<boolean> =>
    new Promise((resolve) => {
      try {
        locks!
          .request(name, options, (lock) => {
            if (!lock) {
              resolve(false);
              return undefined;
            }
            resolve(true);
            return new Promise<void>((r) => (releaseHeld = r));
          })
          .catch(() => {
            // Aborted before we got it, or stolen from us after.
            resolve(false);
            lost();
          });
      } catch {
        resolve(false);
      }
    });

  const requestWithin = async (ms: number): Promise<boolean> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms);
    const got = await request({ signal: controller.signal });
    clearTimeout(timer);
    return got;
  };

  /** Whether the lock manager says some page holds the lock now (when it cannot tell: yes). */
  const heldByAnyone = async (): Promise<boolean> => {
    try {
      const state = await locks!.query();
      return (state.held ?? []).some((lock) => lock.name === name);
    } catch {
      return true;
    }
  };

  const decide = async (): Promise<TabRole> => {
    if (await request({ ifAvailable: true })) return 'writer';
    // Another page holds it: a tab that is open, or this tab's own previous page still letting go
    // after a reload. Wait in line, ask who is there, and watch the lock manager.
    return new Promise<TabRole>((resolve) => {
      let settled = false;
      const onMessage = (event: MessageEvent<Message>) => {
        // An open tab answered: it holds the draft, this tab reads. It hands over when asked.
        if (event.data?.type === 'holds') settle('reader', true);
      };
      const settle = (role: TabRole, leaveLine = false) => {
        if (settled) return;
        settled = true;
        clearInterval(checks);
        channel?.removeEventListener('message', onMessage);
        if (leaveLine) waiting?.abort();
        resolve(role);
      };
      const controller = new AbortController();
      waiting = controller;
      void request({ signal: controller.signal }).then((got) => {
        if (waiting === controller) waiting = undefined;
        if (!got) return;
        if (!settled) return settle('writer');
        // Shown as a reader because a silent page held the lock; that page has gone now.
        acquiredLate = true;
        acquiredHandler?.();
      });
      channel?.addEventListener('message', onMessage);
      post({ type: 'who-holds' });
      const startedAt = Date.now();
      const checks = setInterval(() => {
        void heldByAnyone().then((held) => {
          // Nobody holds it: this tab is next in line and the grant is on its way, however slow.
          if (held && Date.now() - startedAt >= silentHolderMs) settle('reader');
        });
      }, checkEveryMs);
    });
  };

  channel?.addEventListener('message', (event: MessageEvent<Message>) => {
    if (event.data?.type === 'who-holds') {
      if (releaseHeld) post({ type: 'holds' });
      return;
    }
    if (event.data?.type !== 'take-over' || !releaseHeld || !handOverHandler) return;
    const { handOver } = handOverHandler;
    void handOver()
      .catch(() => undefined)
      .then(() => {
        const release = releaseHeld;
        if (!release) return;
        release();
        lost();
      });
  });

  const ready: Promise<TabRole> = locks ? decide() : Promise.resolve('writer');

  return {
    ready,
    onHandOver(handOver, afterwards) {
      handOverHandler = { handOver, afterwards };
    },
    onAcquired(acquired) {
      acquiredHandler = acquired;
      if (acquiredLate) acquired();
    },
    async takeOver() {
      if (!locks || releaseHeld) return;
      waiting?.abort();
      post({ type: 'take-over' });
      if (await requestWithin(stealAfterMs)) return;
      await request({ steal: true });
    },
    release() {
      waiting?.abort();
      const release = releaseHeld;
      releaseHeld = undefined;
      release?.();
    },
  };
}

/**
 * For a window that stores nothing (drafts only in files): nothing is shared with other tabs, so
 * there is nothing to hold. It writes (to nothing) and never reads only.
 */
export function soloTabLock(): TabLock {
  return { ready: Promise.resolve('writer'), onHandOver: () => undefined, onAcquired: () => undefined, takeOver: async () => undefined, release: () => undefined };
}
