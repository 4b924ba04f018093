import { validateEvent } from '../registry';
import { daysToAcceptance } from './days-to-acceptance';

const closed = (payload: Record<string, unknown> = {}) => ({
  eventId: '3f1c6c1e-6f5b-4c7e-9a43-0c3c2f7e9d10',
  type: 'legalaid.case.closed',
  version: 1,
  occurredAt: '2019-05-01T10:00:00+08:00',
  district: '500106',
  caseId: '0b7f8f5e-2d0c-4d43-8f0c-6a2b8f9d1e22',
  sequence: 4,
  actorId: null,
  payload: {
    applicantGroups: ['migrant-worker', 'low-income'],
    caseType: 'civil',
    matter: 'wage-arrears',
    channel: 'hotline-12348',
    greenChannel: true,
    appliedAt: '2019-03-01T09:00:00+08:00',
    closedAt: '2019-05-01T10:00:00+08:00',
    result: 'settled',
    benefitFen: 1_234_567,
    ...payload,
  },
});

describe('legal aid event contracts', () => {
  it('accept a closure with its dimensions and an integer benefitFen', () => {
    expect(validateEvent(closed())).toMatchObject({ ok: true });
  });

  it('refuse any personal data field in a payload', () => {
    for (const field of ['applicantName', 'applicantIdNumber', 'lawyer']) {
      const result = validateEvent(closed({ [field]: 'x' }));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toContain(`payload.${field} is not a known field`);
    }
  });

  it('refuse a benefit that is not a whole number of fen', () => {
    expect(validateEvent(closed({ benefitFen: 12.5 })).ok).toBe(false);
    expect(validateEvent(closed({ benefitFen: -1 })).ok).toBe(false);
  });

  it('refuse an event with no applicant group', () => {
    expect(validateEvent(closed({ applicantGroups: [] })).ok).toBe(false);
  });
});

describe('days to acceptance', () => {
  it('counts calendar days in the district time zone: same day 0, next morning 1', () => {
    expect(daysToAcceptance('Asia/Shanghai', '2019-03-01T09:00:00+08:00', '2019-03-01T17:59:00+08:00')).toBe(0);
    expect(daysToAcceptance('Asia/Shanghai', '2019-03-01T23:59:00+08:00', '2019-03-02T00:01:00+08:00')).toBe(1);
  });

  it('counts across a year end and a leap day', () => {
    expect(daysToAcceptance('Asia/Shanghai', '2019-12-31T10:00:00+08:00', '2020-01-02T10:00:00+08:00')).toBe(2);
    expect(daysToAcceptance('Asia/Shanghai', '2020-02-28T10:00:00+08:00', '2020-03-01T10:00:00+08:00')).toBe(2);
  });
});
