import { AsyncLocalStorage } from 'node:async_hooks';
import { Actor } from './roles';

const storage = new AsyncLocalStorage<Actor>();

/** The verified user of the request being served; undefined outside a request (relay, consumers, scripts). */
export function currentActor(): Actor | undefined {
  return storage.getStore();
}

/** Runs `work` (and everything it awaits) with `actor` as the current actor. */
export function runAsActor<T>(actor: Actor, work: () => T): T {
  return storage.run(actor, work);
}
