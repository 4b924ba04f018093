import { validateEvent } from '../registry';
import { FileReviewedV1 } from './file-reviewed.v1';

const reviewed = (payload: Record<string, unknown>) => ({
  eventId: '00000000-0000-4000-8000-000000000001',
  type: FileReviewedV1.type,
  version: 1,
  occurredAt: '2019-10-01T10:00:00+08:00',
  district: '500106',
  caseId: '00000000-0000-4000-8000-000000000002',
  sequence: 3,
  actorId: null,
  payload,
});

const payload = {
  campaignYear: 2019,
  fileId: '00000000-0000-4000-8000-000000000003',
  fileNumber: '沙交罚〔2019〕12号',
  agency: '沙坪坝区交通局',
  penaltyType: 'fine',
  reviewedAt: '2019-10-01T10:00:00+08:00',
  score: 82,
  grade: 'good',
  problemCounts: { procedure: 1, evidence: 0, 'law-application': 0, discretion: 0, documentation: 2, jurisdiction: 0 },
};

const reason = (p: Record<string, unknown>) => {
  const r = validateEvent(reviewed(p));
  return r.ok ? null : r.reason;
};

describe('filereview.file.reviewed v1', () => {
  it('accepts a review with a count for every problem category', () => {
    expect(reason(payload)).toBeNull();
  });

  it('refuses problem descriptions: only counts travel', () => {
    expect(reason({ ...payload, problems: [{ category: 'procedure', description: '未告知' }] })).toContain('payload.problems is not a known field');
  });

  it('refuses problem counts that miss a category, add one, or are not whole numbers ≥ 0', () => {
    const { jurisdiction: _, ...missing } = payload.problemCounts;
    expect(reason({ ...payload, problemCounts: missing })).toContain('payload.problemCounts.jurisdiction is required');
    expect(reason({ ...payload, problemCounts: { ...payload.problemCounts, style: 1 } })).toContain('payload.problemCounts.style is not a known field');
    expect(reason({ ...payload, problemCounts: { ...payload.problemCounts, evidence: -1 } })).toContain('payload.problemCounts.evidence must be a whole number ≥ 0');
    expect(reason({ ...payload, problemCounts: { ...payload.problemCounts, evidence: 0.5 } })).toContain('payload.problemCounts.evidence');
  });

  it('refuses a score outside 0–100 and an unknown grade', () => {
    expect(reason({ ...payload, score: 101 })).toContain('payload.score must be ≤ 100');
    expect(reason({ ...payload, grade: 'A' })).toContain('payload.grade must be one of excellent, good, pass, fail');
  });
});
