import { drawKey, drawSample } from './draw';

const pool = Array.from({ length: 600 }, (_, i) => `沙市监处罚〔2019〕${i + 1}号`);

describe('drawSample', () => {
  it('draws the same files for the same seed over the same set of numbers given in another order', () => {
    const shuffled = [...pool].reverse();
    shuffled.push(...shuffled.splice(100, 50));
    expect(new Set(shuffled)).toEqual(new Set(pool));
    expect(drawSample('2019-公开抽签', shuffled, 73)).toEqual(drawSample('2019-公开抽签', pool, 73));
  });

  it('draws a different sample for a different seed', () => {
    const a = drawSample('seed-a', pool, 73);
    const b = drawSample('seed-b', pool, 73);
    expect(a).not.toEqual(b);
    expect(new Set(a)).not.toEqual(new Set(b));
  });

  it('draws without replacement: sampleSize distinct numbers, all from the pool', () => {
    const sample = drawSample('x', pool, 73);
    expect(sample).toHaveLength(73);
    expect(new Set(sample).size).toBe(73);
    for (const n of sample) expect(pool).toContain(n);
  });

  it('takes the pool in ascending order of sha256(seed + NUL + fileNumber), as the docs tell people to re-check it', () => {
    const six = ['沙市监处罚〔2019〕1号', '沙市监处罚〔2019〕2号', '沙城管罚〔2019〕3号', '沙环罚〔2019〕4号', '沙交罚〔2019〕5号', '沙公罚〔2019〕6号'];
    // Pinned: `printf '%s\0%s' '2019-公开抽签' '沙环罚〔2019〕4号' | sha256sum` prints this key.
    expect(drawKey('2019-公开抽签', '沙环罚〔2019〕4号')).toBe('f507766f7301169bbd85f031e7d8272fba949f68cf8d5f4b4595e270e0ccbb4d');
    expect(drawSample('2019-公开抽签', six, 6)).toEqual([
      '沙市监处罚〔2019〕2号', '沙城管罚〔2019〕3号', '沙市监处罚〔2019〕1号', '沙交罚〔2019〕5号', '沙公罚〔2019〕6号', '沙环罚〔2019〕4号',
    ]);
    expect(drawSample('2019-公开抽签', six, 2)).toEqual(['沙市监处罚〔2019〕2号', '沙城管罚〔2019〕3号']);
  });

  it('orders each file by its own key alone, so a bigger pool never reorders the files it shares with a smaller one', () => {
    // Each file's key depends on its own number alone: a larger pool can only push files out of a
    // fixed-size sample, never reorder the ones that stay.
    const small = drawSample('s', pool.slice(0, 300), 300);
    const large = drawSample('s', pool, 600);
    expect(large.filter((n) => small.includes(n))).toEqual(small);
  });

  it('gives every file about the same chance over many seeds', () => {
    const ten = pool.slice(0, 10);
    const hits = new Map(ten.map((n) => [n, 0]));
    for (let s = 0; s < 2000; s++) for (const n of drawSample(`seed-${s}`, ten, 3)) hits.set(n, hits.get(n)! + 1);
    // Expected 600 each (2000 × 3/10); ±15% is far outside chance for a fair draw.
    for (const count of hits.values()) expect(Math.abs(count - 600)).toBeLessThan(90);
  });

  it('refuses a sample larger than the pool or smaller than one', () => {
    expect(() => drawSample('s', ['a', 'b'], 3)).toThrow(RangeError);
    expect(() => drawSample('s', ['a', 'b'], 0)).toThrow(RangeError);
    expect(() => drawSample('s', ['a', 'a', 'b'], 3)).toThrow(RangeError);
  });
});
