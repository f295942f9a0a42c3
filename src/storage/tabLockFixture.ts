import type { TabLock, TabRole } from './tabLock';

/** For tests: a tab lock with a fixed role whose hand-over, loss and late grant the test triggers. */
export function fixtureTabLock(role: TabRole = 'writer') {
  let handOver: (() => Promise<void>) | undefined;
  let afterwards: (() => void) | undefined;
  let acquired: (() => void) | undefined;
  const lock: TabLock = {
    ready: Promise.resolve(role),
    onHandOver: (h, a) => {
      handOver = h;
      afterwards = a;
    },
    onAcquired: (a) => (acquired = a),
    takeOver: async () => undefined,
    release: () => undefined,
  };
  return {
    lock,
    /** Another tab asked for the draft: this one saves, then lets go. */
    handOver: async () => {
      await handOver?.();
      afterwards?.();
    },
    /** Only the first half: the save before letting go. */
    startHandOver: () => handOver?.() ?? Promise.resolve(),
    /** The lock was taken from this tab (stolen while it was frozen). */
    lose: () => afterwards?.(),
    /** A tab that read only got the lock after all. */
    acquire: () => acquired?.(),
  };
}

/** Lets promises and zero-delay timers run (a session becomes the writer asynchronously). */
export const settle = () => new Promise((r) => setTimeout(r, 5));
