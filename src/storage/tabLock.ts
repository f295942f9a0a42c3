/**
 * One writer per draft across tabs and windows (Web Locks; held until the tab closes). A second
 * tab becomes a reader and is told so; it can take over, after which the first tab saves what it
 * has, lets go and becomes the reader. BroadcastChannel carries the "please hand over" message.
 * Without Web Locks (very old browsers) every tab writes, as before this existed.
 */

export type TabRole = 'writer' | 'reader';

export interface TabLock {
  /** Resolves once: writer, or reader when another tab holds the draft. */
  ready: Promise<TabRole>;
  /** The other tab wants the draft: `handOver` runs (save!) before this tab lets go. */
  onHandOver(handOver: () => Promise<void>, afterwards: () => void): void;
  /** Becomes the writer; resolves when the other tab has saved and let go (or after stealing from a frozen tab). */
  takeOver(): Promise<void>;
  /** Lets go, e.g. on pagehide so a reload can take the lock at once. */
  release(): void;
}

export interface TabLockOptions {
  name?: string;
  locks?: LockManager;
  createChannel?: (name: string) => BroadcastChannel | undefined;
  /** How long a reload may wait for its own previous page to let go. */
  startWaitMs?: number;
  /** How long to wait for the other tab before taking the lock anyway. */
  stealAfterMs?: number;
}

type Message = { type: 'take-over' };

export function createTabLock({
  name = 'aanvraagwijzer-draft',
  locks = globalThis.navigator?.locks,
  createChannel = (n) => (typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(n)),
  startWaitMs = 1_000,
  stealAfterMs = 3_000,
}: TabLockOptions = {}): TabLock {
  let releaseHeld: (() => void) | undefined;
  let handOverHandler: { handOver: () => Promise<void>; afterwards: () => void } | undefined;
  let channel: BroadcastChannel | undefined;
  try {
    channel = createChannel(`${name}:messages`);
  } catch {
    channel = undefined;
  }

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
            // Aborted (timeout) before we got it, or stolen from us after.
            resolve(false);
            lost();
          });
      } catch {
        resolve(false);
      }
    });

  const requestWithin = async (ms: number, extra: LockOptions = {}): Promise<boolean> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms);
    const got = await request({ ...extra, signal: controller.signal });
    clearTimeout(timer);
    return got;
  };

  channel?.addEventListener('message', (event: MessageEvent<Message>) => {
    if (event.data?.type !== 'take-over' || !releaseHeld || !handOverHandler) return;
    const { handOver, afterwards } = handOverHandler;
    void handOver()
      .catch(() => undefined)
      .then(() => {
        const release = releaseHeld;
        releaseHeld = undefined;
        release?.();
        afterwards();
      });
  });

  const ready: Promise<TabRole> = locks ? requestWithin(startWaitMs).then((got) => (got ? 'writer' : 'reader')) : Promise.resolve('writer');

  return {
    ready,
    onHandOver(handOver, afterwards) {
      handOverHandler = { handOver, afterwards };
    },
    async takeOver() {
      if (!locks || releaseHeld) return;
      try {
        channel?.postMessage({ type: 'take-over' } satisfies Message);
      } catch {
        // No channel: the steal below still works.
      }
      if (await requestWithin(stealAfterMs)) return;
      await request({ steal: true });
    },
    release() {
      const release = releaseHeld;
      releaseHeld = undefined;
      release?.();
    },
  };
}
