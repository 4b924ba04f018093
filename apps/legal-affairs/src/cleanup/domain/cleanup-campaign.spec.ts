import { closeCampaign, decideDocument, openCampaign, reviewedCount } from './cleanup-campaign';

const at = (iso: string) => new Date(iso);
const now = at('2019-12-01T12:00:00+08:00');
const opened = () => openCampaign({ id: '00000000-0000-4000-8000-000000000040', title: '全面清理', startedAt: at('2019-03-01T09:00:00+08:00') }, now);
const decide = (c: ReturnType<typeof opened>, outcome: 'kept' | 'amended' | 'repealed', day: string) =>
  decideDocument(c, { id: `00000000-0000-4000-8000-0000000000${day}`, document: `办法${day}`, outcome, decidedAt: at(`2019-04-${day}T10:00:00+08:00`) }, now).campaign;

describe('a clean-up campaign', () => {
  it('counts each decision by its outcome, and moves the sequence with each', () => {
    const c = decide(decide(decide(opened(), 'kept', '10'), 'repealed', '12'), 'kept', '11');
    expect(c).toMatchObject({ kept: 2, amended: 0, repealed: 1, sequence: 4, lastDecidedAt: at('2019-04-12T10:00:00+08:00') });
    expect(reviewedCount(c)).toBe(3);
  });

  it('refuses a decision dated before the campaign started, naming decidedAt', () => {
    expect(() => decideDocument(opened(), { id: 'x', document: '办法', outcome: 'kept', decidedAt: at('2019-02-28T10:00:00+08:00') }, now)).toThrow(
      expect.objectContaining({ kind: 'invalid', code: 'CLEANUP.DECIDED_BEFORE_STARTED', details: { field: 'decidedAt' } }),
    );
  });

  it('closes not before its latest decision, and then takes no decision and no second close (409 naming the status)', () => {
    const c = decide(opened(), 'amended', '20');
    expect(() => closeCampaign(c, { closedAt: at('2019-04-19T10:00:00+08:00') }, now)).toThrow(expect.objectContaining({ details: { field: 'closedAt' } }));
    const closed = closeCampaign(c, { closedAt: at('2019-04-20T10:00:00+08:00') }, now);
    expect(closed).toMatchObject({ status: 'closed', sequence: 3, amended: 1 });
    expect(() => decide(closed, 'kept', '21')).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'CAMPAIGN.INVALID_TRANSITION', message: 'cannot decide a document in a campaign whose status is closed' }),
    );
    expect(() => closeCampaign(closed, { closedAt: at('2019-05-01T10:00:00+08:00') }, now)).toThrow(expect.objectContaining({ details: { status: 'closed' } }));
  });
});
