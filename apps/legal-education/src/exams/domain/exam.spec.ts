import { cancelExam, recordResults, scheduleExam } from './exam';

const at = (iso: string) => new Date(iso);
const now = at('2019-12-01T12:00:00+08:00');
const scheduled = () =>
  scheduleExam(
    { id: '00000000-0000-4000-8000-000000000070', title: '新提任领导干部法治理论知识考试', audience: 'newly-promoted-leaders', scheduledAt: at('2019-05-01T09:00:00+08:00'), candidatesExpected: 92, cityUniversityCandidates: 0 },
    now,
  );

describe('an exam session', () => {
  it('goes scheduled → held with who sat and who passed', () => {
    const e = recordResults(scheduled(), { heldAt: at('2019-05-10T09:00:00+08:00'), sat: 91, passed: 91 }, now);
    expect(e).toMatchObject({ status: 'held', sat: 91, passed: 91, sequence: 2 });
  });

  it('refuses results of a cancelled session with a 409 naming the status', () => {
    const c = cancelExam(scheduled(), { cancelledAt: at('2019-05-02T09:00:00+08:00') }, now);
    expect(() => recordResults(c, { heldAt: at('2019-05-10T09:00:00+08:00'), sat: 1, passed: 1 }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'EXAM.INVALID_TRANSITION', details: { status: 'cancelled' } }),
    );
  });

  it.each([
    [{ sat: 93, passed: 0 }, 'sat'],
    [{ sat: 10, passed: 11 }, 'passed'],
  ])('refuses %j naming the field', (counts, field) => {
    expect(() => recordResults(scheduled(), { heldAt: at('2019-05-10T09:00:00+08:00'), ...counts }, now)).toThrow(expect.objectContaining({ kind: 'invalid', details: { field } }));
  });

  it('refuses results dated before the schedule, naming heldAt', () => {
    expect(() => recordResults(scheduled(), { heldAt: at('2019-04-30T09:00:00+08:00'), sat: 1, passed: 1 }, now)).toThrow(expect.objectContaining({ details: { field: 'heldAt' } }));
  });

  it('refuses more city-university candidates than candidates, naming the field', () => {
    expect(() => scheduleExam({ ...scheduled(), candidatesExpected: 2, cityUniversityCandidates: 3 }, now)).toThrow(expect.objectContaining({ details: { field: 'cityUniversityCandidates' } }));
  });
});
