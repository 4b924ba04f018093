import { medianOfHistogram } from './legal-aid-report.query';

describe('median days to acceptance', () => {
  it('is null when there were no acceptances', () => {
    expect(medianOfHistogram([])).toBeNull();
    expect(medianOfHistogram([{ value: 3, count: 0 }])).toBeNull();
  });

  it('is the middle value of an odd count', () => {
    expect(medianOfHistogram([{ value: 5, count: 1 }, { value: 0, count: 2 }, { value: 2, count: 2 }])).toBe(2);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(medianOfHistogram([{ value: 1, count: 1 }, { value: 4, count: 1 }])).toBe(2.5);
    expect(medianOfHistogram([{ value: 0, count: 3 }, { value: 7, count: 3 }])).toBe(3.5);
  });
});
