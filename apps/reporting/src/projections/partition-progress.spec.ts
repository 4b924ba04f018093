import { EndOffsets, ProgressTracker } from './partition-progress';

const ends = (high: number): EndOffsets => new Map([['t', [{ partition: 0, high, low: 0 }]]]);
const at = (position: number) => new Map([['t/0', position]]);

describe('following a consumer’s progress per partition', () => {
  it('reports a partition behind its end and unmoved past the threshold as stalled, since its last move', () => {
    const t = new ProgressTracker(1_000);
    t.observe(ends(10), at(3), 0);
    expect(t.observe(ends(10), at(5), 500)[0]).toMatchObject({ position: 5, end: 10, lag: 5, stalled: false, lastProgressAt: new Date(500).toISOString() });
    expect(t.observe(ends(10), at(5), 1_400)[0].stalled).toBe(false);
    expect(t.observe(ends(10), at(5), 1_600)[0]).toMatchObject({ stalled: true, lastProgressAt: new Date(500).toISOString() });
    expect(t.stuckForMs(1_600)).toBe(1_100);
  });

  it('starts the clock of an idle partition when it falls behind, not when it last moved', () => {
    const t = new ProgressTracker(1_000);
    t.observe(ends(10), at(10), 0);
    t.observe(ends(10), at(10), 60_000);
    expect(t.observe(ends(11), at(10), 60_100)[0]).toMatchObject({ lag: 1, stalled: false, lastProgressAt: new Date(60_100).toISOString() });
    expect(t.stuckForMs(60_600)).toBe(500);
  });

  it('never counts a partition at its end as stalled', () => {
    const t = new ProgressTracker(1_000);
    t.observe(ends(10), at(10), 0);
    expect(t.observe(ends(10), at(10), 10_000)[0].stalled).toBe(false);
    expect(t.stuckForMs(10_000)).toBe(0);
  });

  it('calls a consumer applying only when every partition behind its end has moved recently, never one that has not moved since watching began', () => {
    const t = new ProgressTracker(60_000);
    t.observe(ends(10), at(0), 0);
    expect(t.everyLaggingMovedWithin(3_000, 100)).toBe(false);
    t.observe(ends(10), at(4), 1_000);
    expect(t.everyLaggingMovedWithin(3_000, 2_000)).toBe(true);
    expect(t.everyLaggingMovedWithin(3_000, 4_500)).toBe(false);
  });

  it('reads a partition with no recorded position at its low offset', () => {
    const t = new ProgressTracker(1_000);
    const [p] = t.observe(new Map([['t', [{ partition: 0, high: 8, low: 5 }]]]), new Map(), 0);
    expect([p.position, p.lag]).toEqual([5, 3]);
  });
});
