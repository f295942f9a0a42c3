import { afterEach, describe, expect, it } from 'vitest';
import { createTabLock } from './tabLock';

/** Exclusive Web Locks for one name, enough to run two "tabs" in one process. */
function fakeLocks(): LockManager {
  type Waiter = { grant: () => void; reject: (e: unknown) => void };
  let holder: Waiter | undefined;
  const queue: Waiter[] = [];
  const next = () => {
    holder = queue.shift();
    holder?.grant();
  };
  const request = (name: string, options: LockOptions, callback: LockGrantedCallback<unknown>) =>
    new Promise<unknown>((resolve, reject) => {
      const waiter: Waiter = {
        reject,
        grant: () => {
          Promise.resolve(callback({ name, mode: 'exclusive' }))
            .then(resolve, reject)
            .finally(() => {
              if (holder === waiter) next();
            });
        },
      };
      if (options.steal) {
        const old = holder;
        holder = waiter;
        old?.reject(new DOMException('stolen', 'AbortError'));
        waiter.grant();
      } else if (!holder) {
        holder = waiter;
        waiter.grant();
      } else if (options.ifAvailable) {
        Promise.resolve(callback(null)).then(resolve, reject);
      } else {
        queue.push(waiter);
        options.signal?.addEventListener('abort', () => {
          queue.splice(queue.indexOf(waiter), 1);
          reject(new DOMException('aborted', 'AbortError'));
        });
      }
    });
  return { request, query: async () => ({}) } as unknown as LockManager;
}

const channels: BroadcastChannel[] = [];
const createChannel = (name: string) => {
  const channel = new BroadcastChannel(name);
  channels.push(channel);
  return channel;
};
afterEach(() => channels.splice(0).forEach((c) => c.close()));

describe('tab lock', () => {
  it('makes the first tab the writer and the second a reader', async () => {
    const locks = fakeLocks();
    const first = createTabLock({ locks, createChannel, startWaitMs: 50 });
    expect(await first.ready).toBe('writer');
    const second = createTabLock({ locks, createChannel, startWaitMs: 50 });
    expect(await second.ready).toBe('reader');
  });

  it('lets a reload take the draft as soon as the old page lets go', async () => {
    const locks = fakeLocks();
    const old = createTabLock({ locks, createChannel, startWaitMs: 200 });
    await old.ready;
    const reloaded = createTabLock({ locks, createChannel, startWaitMs: 200 });
    setTimeout(() => old.release(), 20);
    expect(await reloaded.ready).toBe('writer');
  });

  it('hands over on request: the holder saves first, then becomes a reader', async () => {
    const locks = fakeLocks();
    const first = createTabLock({ locks, createChannel, startWaitMs: 50 });
    await first.ready;
    const events: string[] = [];
    first.onHandOver(
      async () => void events.push('saved'),
      () => events.push('reader'),
    );
    const second = createTabLock({ locks, createChannel, startWaitMs: 50 });
    expect(await second.ready).toBe('reader');
    await second.takeOver();
    expect(events).toEqual(['saved', 'reader']);
    // The new writer holds it: a third tab reads only.
    expect(await createTabLock({ locks, createChannel, startWaitMs: 50 }).ready).toBe('reader');
  });

  it('takes the draft from a tab that does not answer', async () => {
    const locks = fakeLocks();
    const frozen = createTabLock({ locks, createChannel: () => undefined, startWaitMs: 50 });
    await frozen.ready;
    let lost = false;
    frozen.onHandOver(async () => undefined, () => (lost = true));
    const second = createTabLock({ locks, createChannel, startWaitMs: 50, stealAfterMs: 50 });
    await second.ready;
    await second.takeOver();
    await new Promise((r) => setTimeout(r, 10));
    expect(lost).toBe(true);
  });

  it('without Web Locks every tab writes, as before', async () => {
    expect(await createTabLock({ locks: undefined as unknown as LockManager, createChannel }).ready).toBe('writer');
  });
});
