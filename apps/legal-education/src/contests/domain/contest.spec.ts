import { closeContest, openContest } from './contest';

const at = (iso: string) => new Date(iso);
const now = at('2019-12-01T12:00:00+08:00');
const opened = () => openContest({ id: '00000000-0000-4000-8000-000000000071', title: '宪法知识竞赛', kind: 'constitution', openedAt: at('2019-12-01T09:00:00+08:00') }, now);

describe('an online contest', () => {
  it('goes open → closed with its participants', () => {
    expect(closeContest(opened(), { closedAt: at('2019-12-04T09:00:00+08:00'), participants: 25_000 }, now)).toMatchObject({ status: 'closed', participants: 25_000, sequence: 2 });
  });

  it('refuses a second close with a 409 naming the status', () => {
    const c = closeContest(opened(), { closedAt: at('2019-12-04T09:00:00+08:00'), participants: 1 }, now);
    expect(() => closeContest(c, { closedAt: at('2019-12-05T09:00:00+08:00'), participants: 2 }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'CONTEST.INVALID_TRANSITION', details: { status: 'closed' } }),
    );
  });

  it('refuses a close before the opening, naming closedAt', () => {
    expect(() => closeContest(opened(), { closedAt: at('2019-11-30T09:00:00+08:00'), participants: 1 }, now)).toThrow(expect.objectContaining({ details: { field: 'closedAt' } }));
  });
});
