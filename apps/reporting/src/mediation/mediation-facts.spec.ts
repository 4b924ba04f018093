import { MediationEvent } from '@casetrack/contracts';
import { mediationFactOf } from './mediation-facts';

const SH = 'Asia/Shanghai';
const dims = { committeeCode: 'C-1', committeeKind: 'police-station', committeeField: null, category: 'neighbourhood', source: 'police-referral', receivedAt: '2019-12-20T09:00:00+08:00' } as const;

function event(type: MediationEvent['type'], payload: Record<string, unknown>): MediationEvent {
  return {
    eventId: '00000000-0000-4000-8000-000000000001', type, version: 1, occurredAt: '2020-01-05T00:00:00+08:00', district: '500106',
    caseId: '00000000-0000-4000-8000-0000000000aa', sequence: 2, actorId: null, payload: { ...dims, ...payload },
  } as MediationEvent;
}

describe('mediation figure facts', () => {
  it('put a conclusion at 2019-12-31T17:00Z in succeeded of January 2020, Shanghai time', () => {
    const fact = mediationFactOf(event('mediation.dispute.concluded', { concludedAt: '2019-12-31T17:00:00Z', result: 'success', agreement: null, agreementAmountFen: null }), SH);
    expect(fact).toMatchObject({ figure: 'succeeded', slot: 'conclusion', year: 2020, dimensions: { month: 1, category: 'neighbourhood' }, changes: { succeeded: 1 } });
  });

  it('move a corrected conclusion from succeeded to failed in the same slot, year and cell', () => {
    const fact = mediationFactOf(event('mediation.dispute.corrected', { concludedAt: '2019-12-31T15:59:59Z', oldResult: 'success', newResult: 'failure' }), SH);
    expect(fact).toEqual({
      area: 'mediation', figure: 'failed', slot: 'conclusion', year: 2019,
      dimensions: { category: 'neighbourhood', committeeKind: 'police-station', source: 'police-referral', month: 12 },
      changes: { succeeded: -1, failed: 1 },
    });
  });

  it('count no case for a committee being set up', () => {
    const committee = { ...event('mediation.dispute.registered', {}), type: 'mediation.committee.registered', payload: { code: 'C-1', kind: 'court', field: null, establishedAt: '2019-01-01T00:00:00+08:00' } };
    expect(mediationFactOf(committee as MediationEvent, SH)).toBeNull();
  });
});
