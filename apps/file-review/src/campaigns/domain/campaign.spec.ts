import { DomainError } from '@casetrack/platform';
import { assertCan, Campaign, CampaignAction, drawCampaign, issueNotice, MAX_SAMPLE_SIZE, openCampaign, panelByRole } from './campaign';
import { poolFile, repeatedNumbers, reviewFile } from './penalty-file';

const t0 = new Date('2019-09-01T02:00:00Z');
const open = () =>
  openCampaign({ id: 'c1', year: 2019, title: '2019年度案卷评查', panel: [{ role: 'npc-deputy', name: '张三' }, { role: 'scholar', name: null }] }, t0);
const pool = ['A-1', 'A-2', 'A-3', 'A-4'];
const sampled = () => drawCampaign(open(), { seed: 's', pool, sampleSize: 2 }, t0);
const noticed = () => issueNotice(sampled(), { issuedAt: new Date('2019-12-10T02:00:00Z'), lastReviewedAt: null }, t0);

/** The error a call throws, or a failure when it throws none. */
function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('expected an error');
}

describe('campaign state machine', () => {
  const cases: [string, () => Campaign, CampaignAction, boolean][] = [
    ['open', open, 'pool files into', true],
    ['open', open, 'draw', true],
    ['open', open, 'review files of', false],
    ['open', open, 'issue the notice of', false],
    ['sampled', sampled, 'pool files into', false],
    ['sampled', sampled, 'draw', false],
    ['sampled', sampled, 'review files of', true],
    ['sampled', sampled, 'issue the notice of', true],
    ['noticed', noticed, 'pool files into', false],
    ['noticed', noticed, 'draw', false],
    ['noticed', noticed, 'review files of', false],
    ['noticed', noticed, 'issue the notice of', false],
  ];
  it.each(cases)('a campaign whose status is %s: %s allowed = %s', (status, make, action, allowed) => {
    const campaign = make();
    expect(campaign.status).toBe(status);
    if (allowed) expect(() => assertCan(campaign, action)).not.toThrow();
    else {
      const err = errorOf(() => assertCan(campaign, action));
      expect(err.kind).toBe('conflict');
      expect(err.code).toBe('CAMPAIGN.INVALID_TRANSITION');
      expect(err.message).toBe(`cannot ${action} a campaign whose status is ${status}`);
    }
  });

  it('opens with sequence 0 and counts the panel by role without names', () => {
    const c = open();
    expect(c).toMatchObject({ status: 'open', sequence: 0, draw: null });
    expect(panelByRole(c.panel)).toEqual({ 'npc-deputy': 1, 'cppcc-member': 0, 'legal-adviser': 0, scholar: 1, official: 0 });
  });

  it('records the seed, the pool size and the drawn numbers in draw order', () => {
    const c = sampled();
    expect(c.status).toBe('sampled');
    expect(c.draw).toMatchObject({ seed: 's', poolSize: 4, sampleSize: 2 });
    expect(c.draw!.fileNumbers).toHaveLength(2);
  });

  it('refuses a second draw with a 409 naming the status sampled', () => {
    const err = errorOf(() => drawCampaign(sampled(), { seed: 's', pool, sampleSize: 1 }, t0));
    expect(err.kind).toBe('conflict');
    expect(err.details).toEqual({ status: 'sampled' });
  });

  it('refuses a sample larger than the pool as invalid input on sampleSize', () => {
    const err = errorOf(() => drawCampaign(open(), { seed: 's', pool, sampleSize: 5 }, t0));
    expect(err.kind).toBe('invalid');
    expect(err.details).toEqual({ field: 'sampleSize' });
  });

  it('refuses a sample above 5,000 files, even from a larger pool, as invalid input on sampleSize', () => {
    const big = Array.from({ length: MAX_SAMPLE_SIZE + 1 }, (_, i) => `B-${i}`);
    const err = errorOf(() => drawCampaign(open(), { seed: 's', pool: big, sampleSize: MAX_SAMPLE_SIZE + 1 }, t0));
    expect([err.code, err.kind, err.details]).toEqual(['CAMPAIGN.INVALID_SAMPLE_SIZE', 'invalid', { field: 'sampleSize' }]);
    expect(drawCampaign(open(), { seed: 's', pool: big, sampleSize: MAX_SAMPLE_SIZE }, t0).draw?.fileNumbers).toHaveLength(MAX_SAMPLE_SIZE);
  });

  it('refuses a notice dated before the last review', () => {
    const err = errorOf(() =>
      issueNotice(sampled(), { issuedAt: new Date('2019-12-01T00:00:00Z'), lastReviewedAt: new Date('2019-12-02T00:00:00Z') }, t0),
    );
    expect(err.details).toEqual({ field: 'issuedAt' });
  });
});

describe('reviewing a file', () => {
  const file = (status: 'pooled' | 'drawn') => ({
    ...poolFile({ id: 'f1', campaignId: 'c1', fileNumber: 'A-1', agency: '沙坪坝区交通局', penaltyType: 'fine', decidedAt: new Date('2019-03-01T02:00:00Z') }, t0),
    status,
    drawPosition: status === 'drawn' ? 1 : null,
  });
  const input = { reviewedAt: new Date('2019-10-01T02:00:00Z'), score: 74, problems: [{ category: 'procedure' as const, description: '未告知' }] };

  it('scores a drawn file once and derives its grade', () => {
    const reviewed = reviewFile(file('drawn'), sampled(), input, t0);
    expect(reviewed.status).toBe('reviewed');
    expect(reviewed.review).toMatchObject({ score: 74, grade: 'pass' });
    expect(errorOf(() => reviewFile(reviewed, sampled(), input, t0)).message).toBe('cannot review a file whose status is reviewed');
  });

  it('refuses a file that was not drawn with a 409 naming its status pooled', () => {
    const err = errorOf(() => reviewFile(file('pooled'), sampled(), input, t0));
    expect(err.kind).toBe('conflict');
    expect(err.message).toBe('cannot review a file whose status is pooled');
  });

  it('refuses a review after the notice with a 409 naming the status noticed', () => {
    const err = errorOf(() => reviewFile(file('drawn'), noticed(), input, t0));
    expect(err.kind).toBe('conflict');
    expect(err.message).toBe('cannot review files of a campaign whose status is noticed');
  });

  it('refuses a review dated before the penalty decision', () => {
    const err = errorOf(() => reviewFile(file('drawn'), sampled(), { ...input, reviewedAt: new Date('2019-02-01T00:00:00Z') }, t0));
    expect(err.details).toEqual({ field: 'reviewedAt' });
  });
});

describe('repeatedNumbers', () => {
  it('lists each number given more than once, once, in byte order', () => {
    expect(repeatedNumbers(['b', 'a', 'b', 'c', 'a', 'b'])).toEqual(['a', 'b']);
    expect(repeatedNumbers(['a', 'b'])).toEqual([]);
  });
});
