import { patchKafkaJsIdleLoop } from './idle-loop.patch';

// KafkaJS's own request queue (an internal module of 2.2.4), driven directly: no broker is needed to
// see which timers it arms.
const RequestQueue = require('kafkajs/src/network/requestQueue/index.js');

const silent = { debug() {}, info() {}, warn() {}, error() {} };

function newQueue() {
  return new RequestQueue({ maxInFlightRequests: 1, requestTimeout: 30_000, enforceRequestTimeout: false, clientId: 'spec', broker: 'spec:9092', logger: silent });
}

describe('the KafkaJS idle timer loop patch (tulios/kafkajs#1556)', () => {
  beforeAll(() => {
    expect(patchKafkaJsIdleLoop()).toBe(true);
  });

  it('arms no timer when a response leaves nothing pending, so an idle connection stops ticking', () => {
    const queue = newQueue();
    queue.checkPendingRequests(); // what fulfillRequest() runs after every response
    expect(queue.throttleCheckTimeoutId).toBeNull();
    queue.destroy();
  });

  it('still schedules a check while a request waits behind a throttle', () => {
    const queue = newQueue();
    queue.throttledUntil = Date.now() + 60_000;
    queue.pending.push({ correlationId: 1 });
    queue.scheduleCheckPendingRequests();
    expect(queue.throttleCheckTimeoutId).not.toBeNull();
    queue.destroy();
  });

  it('applies once however often it is called', () => {
    const before = RequestQueue.prototype.scheduleCheckPendingRequests;
    expect(patchKafkaJsIdleLoop()).toBe(true);
    expect(RequestQueue.prototype.scheduleCheckPendingRequests).toBe(before);
  });
});
