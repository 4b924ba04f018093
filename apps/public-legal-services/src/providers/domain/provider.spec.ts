import { concludeComplaint, receiveComplaint } from '../../complaints/domain/complaint';
import { recordExamSitting } from '../../exam-sittings/domain/exam-sitting';
import { deregisterProvider, registerProvider } from './provider';

const at = (iso: string) => new Date(iso);
const now = at('2019-12-01T12:00:00+08:00');

describe('a legal-service provider', () => {
  it('deregisters once, not before it registered', () => {
    const firm = registerProvider({ id: '00000000-0000-4000-8000-000000000073', kind: 'law-firm', name: '重庆某某律师事务所', registeredAt: at('2015-01-01T00:00:00+08:00') }, now);
    expect(firm).toMatchObject({ status: 'registered', sequence: 1 });
    expect(() => deregisterProvider(firm, { deregisteredAt: at('2014-01-01T00:00:00+08:00') }, now)).toThrow(expect.objectContaining({ details: { field: 'deregisteredAt' } }));
    const gone = deregisterProvider(firm, { deregisteredAt: at('2019-05-01T00:00:00+08:00') }, now);
    expect(gone).toMatchObject({ status: 'deregistered', sequence: 2 });
    expect(() => deregisterProvider(gone, { deregisteredAt: at('2019-06-01T00:00:00+08:00') }, now)).toThrow(
      expect.objectContaining({ code: 'PROVIDER.INVALID_TRANSITION', message: 'cannot deregister a provider whose status is deregistered' }),
    );
  });
});

describe('a complaint', () => {
  it('is concluded once with its outcome, not before it was received', () => {
    const c = receiveComplaint({ id: '00000000-0000-4000-8000-000000000074', against: 'lawyer', summary: '某律师未尽勤勉义务', receivedAt: at('2019-03-01T09:00:00+08:00') }, now);
    expect(() => concludeComplaint(c, { outcome: 'not-upheld', concludedAt: at('2019-02-01T09:00:00+08:00') }, now)).toThrow(expect.objectContaining({ details: { field: 'concludedAt' } }));
    const done = concludeComplaint(c, { outcome: 'upheld-discipline', concludedAt: at('2019-04-01T09:00:00+08:00') }, now);
    expect(done).toMatchObject({ status: 'concluded', outcome: 'upheld-discipline', sequence: 2 });
    expect(() => concludeComplaint(done, { outcome: 'withdrawn', concludedAt: at('2019-05-01T09:00:00+08:00') }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'COMPLAINT.INVALID_TRANSITION', details: { status: 'concluded' } }),
    );
  });
});

describe('an exam sitting', () => {
  it('has no more complaints than candidates', () => {
    expect(recordExamSitting({ id: '00000000-0000-4000-8000-000000000075', heldAt: at('2019-10-19T08:00:00+08:00'), candidates: 1500, incidents: 0, complaints: 0 }, now).candidates).toBe(1500);
    expect(() => recordExamSitting({ id: '00000000-0000-4000-8000-000000000075', heldAt: at('2019-10-19T08:00:00+08:00'), candidates: 1, incidents: 0, complaints: 2 }, now)).toThrow(
      expect.objectContaining({ details: { field: 'complaints' } }),
    );
  });
});
