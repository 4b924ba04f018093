import { reviewContract, submitContract } from './contract';

const at = (iso: string) => new Date(iso);
const now = at('2019-12-01T12:00:00+08:00');
const submitted = () =>
  submitContract(
    { id: '00000000-0000-4000-8000-000000000020', unit: '沙坪坝区住房和城乡建设委员会', title: '道路改造工程施工合同', kind: 'government-investment-project', amountFen: 1_250_000_000, submittedAt: at('2019-04-01T09:00:00+08:00') },
    now,
  );

describe('a contract under legality review', () => {
  it('goes submitted → reviewed with an opinion, keeping its amount', () => {
    const c = reviewContract(submitted(), { reviewedAt: at('2019-04-05T09:00:00+08:00'), opinion: 'approved' }, now);
    expect(c).toMatchObject({ status: 'reviewed', opinion: 'approved', amountFen: 1_250_000_000, sequence: 2 });
  });

  it('refuses a second review with a 409 naming the status', () => {
    const c = reviewContract(submitted(), { reviewedAt: at('2019-04-05T09:00:00+08:00'), opinion: 'approved' }, now);
    expect(() => reviewContract(c, { reviewedAt: at('2019-04-06T09:00:00+08:00'), opinion: 'rejected' }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'CONTRACT.INVALID_TRANSITION', details: { status: 'reviewed' } }),
    );
  });

  it('refuses a review dated before the submission, naming reviewedAt', () => {
    expect(() => reviewContract(submitted(), { reviewedAt: at('2019-03-31T09:00:00+08:00'), opinion: 'approved' }, now)).toThrow(
      expect.objectContaining({ kind: 'invalid', details: { field: 'reviewedAt' } }),
    );
  });
});
