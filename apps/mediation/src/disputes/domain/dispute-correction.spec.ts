import { DomainError } from '@casetrack/platform';
import { concludeDispute, correctDispute, Dispute, registerDispute, withdrawDispute } from './dispute';
import { disputeCorrected } from './dispute-events';

const RECEIVED = new Date('2019-12-20T01:00:00Z');
const CONCLUDED = new Date('2019-12-31T17:00:00Z');
const NOW = new Date('2020-03-01T08:00:00Z');

function registered(): Dispute {
  return registerDispute(
    { id: '7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b', committee: { code: 'POL-01', kind: 'police-station', field: null }, category: 'neighbourhood', source: 'police-referral', receivedAt: RECEIVED, partyCount: 2 },
    RECEIVED,
  );
}
const succeeded = () => concludeDispute(registered(), { result: 'success', concludedAt: CONCLUDED, agreement: 'written', agreementAmountFen: 50_000 }, CONCLUDED);

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a domain error');
}

describe('correcting a dispute result', () => {
  it('turns a success into a failure at the same conclusion time, drops the agreement and steps the sequence', () => {
    const before = succeeded();
    const after = correctDispute(before, { result: 'failure' }, NOW);
    expect(after).toMatchObject({ status: 'failed', result: 'failure', concludedAt: CONCLUDED, agreement: null, agreementAmountFen: null, sequence: before.sequence + 1, updatedAt: NOW });
  });

  it('turns it back into a success', () => {
    const failed = correctDispute(succeeded(), { result: 'failure' }, NOW);
    expect(correctDispute(failed, { result: 'success' }, NOW)).toMatchObject({ status: 'succeeded', result: 'success', sequence: 4 });
  });

  it('is a conflict naming the status for a dispute not concluded', () => {
    for (const d of [registered(), withdrawDispute(registered(), { withdrawnAt: CONCLUDED }, NOW)]) {
      const err = errorOf(() => correctDispute(d, { result: 'success' }, NOW));
      expect([err.kind, err.code, err.message]).toEqual(['conflict', 'DISPUTE.INVALID_TRANSITION', `cannot correct a dispute whose status is ${d.status}`]);
    }
  });

  it('is a conflict naming the status when the result is already the one given', () => {
    const err = errorOf(() => correctDispute(succeeded(), { result: 'success' }, NOW));
    expect([err.kind, err.code, err.details]).toEqual(['conflict', 'DISPUTE.CORRECTION_CHANGES_NOTHING', { status: 'succeeded' }]);
    expect(err.message).toContain('status is succeeded');
  });

  it('publishes the old and new results with the conclusion time and dimensions, and no reason', () => {
    const before = succeeded();
    const event = disputeCorrected(correctDispute(before, { result: 'failure' }, NOW), { eventId: 'e', occurredAt: NOW, district: '500106', timeZone: 'Asia/Shanghai', actorId: null }, before);
    expect(event).toMatchObject({ type: 'mediation.dispute.corrected', sequence: 3, payload: { concludedAt: '2020-01-01T01:00:00+08:00', oldResult: 'success', newResult: 'failure', category: 'neighbourhood' } });
    expect(Object.keys(event.payload)).not.toContain('reason');
  });
});
