import { drawKey, redraw } from './draw-check';

describe('re-running a draw in the browser', () => {
  const six = ['沙市监处罚〔2019〕1号', '沙市监处罚〔2019〕2号', '沙城管罚〔2019〕3号', '沙环罚〔2019〕4号', '沙交罚〔2019〕5号', '沙公罚〔2019〕6号'];

  it('computes the key the service pins (sha256 of seed, NUL, file number)', async () => {
    expect(await drawKey('2019-公开抽签', '沙环罚〔2019〕4号')).toBe('f507766f7301169bbd85f031e7d8272fba949f68cf8d5f4b4595e270e0ccbb4d');
  });

  it('draws what the service draws, whatever order the pool is listed in', async () => {
    const expected = ['沙市监处罚〔2019〕2号', '沙城管罚〔2019〕3号', '沙市监处罚〔2019〕1号', '沙交罚〔2019〕5号', '沙公罚〔2019〕6号', '沙环罚〔2019〕4号'];
    expect(await redraw('2019-公开抽签', six, 6)).toEqual(expected);
    expect(await redraw('2019-公开抽签', [...six].reverse(), 2)).toEqual(expected.slice(0, 2));
  });

  it('draws another sample for another seed', async () => {
    expect(await redraw('另一个种子', six, 6)).not.toEqual(await redraw('2019-公开抽签', six, 6));
  });
});
