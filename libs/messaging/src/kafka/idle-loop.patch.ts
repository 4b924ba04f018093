import { readFileSync } from 'node:fs';

/**
 * Works around tulios/kafkajs#1556 in KafkaJS 2.2.4: after every response, each broker connection's
 * RequestQueue calls scheduleCheckPendingRequests(), which, when nothing is pending and no throttle
 * is active, arms setTimeout(check, <negative delay>) — i.e. 1 ms — whose callback arms the next
 * one: a 1 ms timer loop per connection, forever, burning 1–2 % of a core per idle process. No client
 * option avoids it. The fix (as in kafkajs PR #1667) schedules nothing when no request is pending:
 * push() schedules a check whenever it queues a request, and fulfillRequest() checks the queue
 * whenever a response frees a slot, so nothing that is waiting can be missed.
 *
 * Applied at run time, only to the exact version it was written against; a newer KafkaJS is left
 * as it is (re-check the issue before extending the version list).
 */
const PATCHED_VERSIONS = ['2.2.4'];
const MARK = Symbol.for('casetrack.kafkajs.idleLoopPatch');

interface RequestQueuePrototype {
  scheduleCheckPendingRequests(this: { pending: unknown[] }): void;
  [MARK]?: boolean;
}

/** Patches KafkaJS's RequestQueue once per process; returns whether the patch is in place. */
export function patchKafkaJsIdleLoop(): boolean {
  let version: string;
  let proto: RequestQueuePrototype;
  try {
    version = (JSON.parse(readFileSync(require.resolve('kafkajs/package.json'), 'utf8')) as { version: string }).version;
    proto = (require('kafkajs/src/network/requestQueue/index.js') as { prototype: RequestQueuePrototype }).prototype;
  } catch {
    return false; // another layout than 2.2.4's: nothing to patch
  }
  if (proto[MARK]) return true;
  if (!PATCHED_VERSIONS.includes(version) || typeof proto.scheduleCheckPendingRequests !== 'function') return false;
  const original = proto.scheduleCheckPendingRequests;
  proto.scheduleCheckPendingRequests = function scheduleCheckPendingRequests(this: { pending: unknown[] }) {
    if (this.pending.length === 0) return;
    original.call(this);
  };
  proto[MARK] = true;
  return true;
}
