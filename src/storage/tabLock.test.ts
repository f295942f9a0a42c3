import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTabLock, type TabRole } from './tabLock';

/**
 * Exclusive Web Locks for one name, enough to run several "tabs" in one process. `grantDelayMs`
 * plays a busy machine: every grant (and every ifAvailable answer) arrives that much later, and
 * `query()` shows a lock as held only once it is granted, as the real lock manager does.
 */
function fakeLocks({ grantDelayMs = 0 }: { grantDelayMs?: number } = {}) {
  type Waiter = { callback: LockGrantedCallback<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void; granted: boolean };
  let holder: Waiter | undefined;
  const queue: Waiter[] = [];
  const abort = () => new DOMException('aborted', 'AbortError');
  const grant = (waiter: Waiter) => {
    holder = waiter;
    setTimeout(() => {
      if (holder !== waiter) return;
      waiter.granted = true;
      Promise.resolve(waiter.callback({ name: 'x', mode: 'exclusive' }))
        .then(waiter.resolve, waiter.reject)
        .finally(() => {
          if (holder !== waiter) return;
          holder = undefined;
          const next = queue.shift();
          if (next) grant(next);
        });
    }, grantDelayMs);
  };
  const request = (_name: string, options: LockOptions, callback: LockGrantedCallback<unknown>) =>
    new Promise<unknown>((resolve, reject) => {
      const waiter: Waiter = { callback, resolve, reject, granted: false };
      options.signal?.addEventListener('abort', () => {
        if (waiter.granted) return;
        const at = queue.indexOf(waiter);
        if (at >= 0) queue.splice(at, 1);
        if (holder === waiter) {
          holder = undefined;
          const next = queue.shift();
          if (next) grant(next);
        }
        reject(abort());
      });
      if (options.steal) {
        const old = holder;
        holder = undefined;
        old?.reject(abort());
        grant(waiter);
      } else if (!holder && queue.length === 0) {
        grant(waiter);
      } else if (options.ifAvailable) {
        setTimeout(() => Promise.resolve(callback(null)).then(resolve, reject), grantDelayMs);
      } else {
        queue.push(waiter);
      }
    });
  const locks = {
    request,
    query: async () => ({ held: holder?.granted ? [{ name: 'aanvraagwijzer-draft', mode: 'exclusive', clientId: 'other' }] : [], pending: [] }),
  } as unknown as LockManager;
  return { locks, held: () => holder?.granted === true };
}

const channels: BroadcastChannel[] = [];
const createChannel = (name: string) => {
  const channel = new BroadcastChannel(name);
  channels.push(channel);
  return channel;
};
/** A page that holds the lock but never answers (frozen, or unloading after a reload). */
const silent = () => undefined;
afterEach(() => {
  channels.splice(0).forEach((c) => c.close());
  vi.useRealTimers();
});

/** The role, or 'undecided' if it is not known within `ms`. */
const roleWithin = (ready: Promise<TabRole>, ms: number) => Promise.race([ready, new Promise<string>((r) => setTimeout(() => r('undecided'), ms))]);

describe('tab lock', () => {
  it('makes the first tab the writer and the second a reader, because the first answers (not after a wait)', async () => {
    const { locks } = fakeLocks();
    const first = createTabLock({ locks, createChannel });
    expect(await first.ready).toBe('writer');
    const second = createTabLock({ locks, createChannel, silentHolderMs: 60_000 });
    expect(await roleWithin(second.ready, 2_000)).toBe('reader');
  });

  it('a tab alone is the writer however long a busy machine takes to grant the lock', async () => {
    vi.useFakeTimers();
    const { locks } = fakeLocks({ grantDelayMs: 40_000 });
    const alone = createTabLock({ locks, createChannel, silentHolderMs: 1_000, checkEveryMs: 100 });
    let role: TabRole | undefined;
    void alone.ready.then((r) => (role = r));
    await vi.advanceTimersByTimeAsync(39_000);
    expect(role).toBeUndefined();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(role).toBe('writer');
  });

  it('a reload waits for its own previous page, even one that lets go late and says nothing', async () => {
    vi.useFakeTimers();
    const { locks } = fakeLocks({ grantDelayMs: 500 });
    const old = createTabLock({ locks, createChannel: silent });
    await vi.advanceTimersByTimeAsync(600);
    expect(await old.ready).toBe('writer');
    const reloaded = createTabLock({ locks, createChannel, silentHolderMs: 3_000, checkEveryMs: 100 });
    setTimeout(() => old.release(), 2_000);
    let role: TabRole | undefined;
    void reloaded.ready.then((r) => (role = r));
    await vi.advanceTimersByTimeAsync(2_600);
    expect(role).toBe('writer');
  });

  it('shows a reader when a page holds the lock without answering, and becomes the writer when it lets go', async () => {
    vi.useFakeTimers();
    const { locks } = fakeLocks();
    const frozen = createTabLock({ locks, createChannel: silent });
    await vi.advanceTimersByTimeAsync(10);
    expect(await frozen.ready).toBe('writer');
    const second = createTabLock({ locks, createChannel, silentHolderMs: 3_000, checkEveryMs: 100 });
    let role: TabRole | undefined;
    void second.ready.then((r) => (role = r));
    await vi.advanceTimersByTimeAsync(2_500);
    expect(role).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(role).toBe('reader');
    let acquired = false;
    second.onAcquired(() => (acquired = true));
    frozen.release();
    await vi.advanceTimersByTimeAsync(10);
    expect(acquired).toBe(true);
  });

  it('lets a reload take the draft as soon as the old page lets go', async () => {
    const { locks } = fakeLocks();
    const old = createTabLock({ locks, createChannel });
    await old.ready;
    old.release();
    expect(await createTabLock({ locks, createChannel }).ready).toBe('writer');
  });

  it('hands over on request: the holder saves first, then becomes a reader', async () => {
    const { locks } = fakeLocks();
    const first = createTabLock({ locks, createChannel });
    await first.ready;
    const events: string[] = [];
    first.onHandOver(
      async () => void events.push('saved'),
      () => events.push('reader'),
    );
    const second = createTabLock({ locks, createChannel });
    expect(await second.ready).toBe('reader');
    await second.takeOver();
    expect(events).toEqual(['saved', 'reader']);
    // The new writer holds it and answers: a third tab reads only.
    expect(await roleWithin(createTabLock({ locks, createChannel, silentHolderMs: 60_000 }).ready, 2_000)).toBe('reader');
  });

  it('takes the draft from a tab that does not answer, which learns it lost it', async () => {
    const { locks } = fakeLocks();
    const frozen = createTabLock({ locks, createChannel: silent });
    await frozen.ready;
    let lost = false;
    frozen.onHandOver(async () => undefined, () => (lost = true));
    const second = createTabLock({ locks, createChannel, silentHolderMs: 50, checkEveryMs: 10, stealAfterMs: 50 });
    expect(await second.ready).toBe('reader');
    await second.takeOver();
    await new Promise((r) => setTimeout(r, 10));
    expect(lost).toBe(true);
  });

  it('without Web Locks every tab writes, as before', async () => {
    expect(await createTabLock({ locks: undefined as unknown as LockManager, createChannel }).ready).toBe('writer');
  });
});
