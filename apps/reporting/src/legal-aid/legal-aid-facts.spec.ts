import { LegalAidEvent } from '@casetrack/contracts';
import { foldLegalAidBatch } from './legal-aid-batch';
import { legalAidFactOf } from './legal-aid-facts';

const SH = 'Asia/Shanghai';
const dims = { applicantGroups: ['woman', 'minor', 'woman'], caseType: 'civil', matter: 'family', channel: 'walk-in', greenChannel: false, appliedAt: '2019-03-01T09:00:00+08:00' };
const closedAt = '2019-12-31T16:30:00Z'; // 2020-01-01 00:30 in Shanghai

function event(type: LegalAidEvent['type'], payload: Record<string, unknown>): LegalAidEvent {
  return {
    eventId: '00000000-0000-4000-8000-000000000002', type, version: 1, occurredAt: '2020-02-01T00:00:00+08:00', district: '500106',
    caseId: '00000000-0000-4000-8000-0000000000bb', sequence: 6, actorId: null, payload: { ...dims, ...payload },
  } as LegalAidEvent;
}

const closed = event('legalaid.case.closed', { closedAt, result: 'won', benefitFen: 100_000 });
const corrected = event('legalaid.case.corrected', { closedAt, oldBenefitFen: 100_000, newBenefitFen: 75_050 });

describe('legal aid corrections', () => {
  it('change the benefit of the closure year by new − old, and no counter', () => {
    const batch = foldLegalAidBatch([closed, corrected], SH);
    expect(batch.totals).toHaveLength(1);
    expect(batch.totals[0]).toMatchObject({ year: 2020, month: 1, delta: { closed: 1, benefitFen: 75_050n, applied: 0 } });
    expect(batch.groups.map((g) => [g.group, g.delta.closed, g.delta.benefitFen])).toEqual([['minor', 1, 75_050n], ['woman', 1, 75_050n]]);
  });

  it('amend the closed fact in place, journalling only the benefit change', () => {
    expect(legalAidFactOf(corrected, SH)).toEqual({
      area: 'legal-aid', figure: 'closed', slot: 'closed', year: 2020,
      dimensions: { applicantGroup: ['minor', 'woman'], caseType: 'civil', matter: 'family', channel: 'walk-in', month: 1 },
      changes: { benefitFen: -24_950 },
    });
    expect(legalAidFactOf(closed, SH).changes).toEqual({ closed: 1, benefitFen: 100_000 });
  });
});
