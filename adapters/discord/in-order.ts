/** Runs a task after every task given before it under the same key; tasks under other keys do not wait. */
export type InOrder = <T>(key: string, task: () => Promise<T>) => Promise<T>;

/**
 * Keeps one queue per key (a channel or thread), forgotten once it is empty. discord.js hands messages over in the
 * order Discord sent them, but their handlers wait on the store: without this, an asker's message could be judged
 * before the colleague's message sent just before it (and be answered although the colleague took over).
 */
export function inOrder(): InOrder {
  const tails = new Map<string, Promise<unknown>>();
  return (key, task) => {
    const run = (tails.get(key) ?? Promise.resolve()).then(task);
    const tail = run.then(() => undefined, () => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
