import { fileDocument, LegalityDocument, recordFinding, reviewDocument, submitDocument } from './document';

const at = (iso: string) => new Date(iso);
const now = at('2019-12-01T12:00:00+08:00');

function submitted(): LegalityDocument {
  return submitDocument(
    { id: '00000000-0000-4000-8000-000000000010', unit: '沙坪坝区市场监督管理局', title: '关于优化营商环境的实施意见', kind: 'policy-document', submittedAt: at('2019-03-04T09:00:00+08:00') },
    now,
  );
}

const reviewed = (normative = true, opinion: 'approved' | 'approved-with-changes' | 'rejected' = 'approved-with-changes') =>
  reviewDocument(submitted(), { reviewedAt: at('2019-03-10T15:00:00+08:00'), opinion, normative }, now);

describe('a document under legality review', () => {
  it('goes submitted → reviewed → filed → revoked, one sequence step per event', () => {
    const d = submitted();
    expect(d).toMatchObject({ status: 'submitted', sequence: 1, opinion: null, normative: null });
    const r = reviewed();
    expect(r).toMatchObject({ status: 'reviewed', sequence: 2, opinion: 'approved-with-changes', normative: true });
    const f = fileDocument(r, { filedAt: at('2019-03-20T10:00:00+08:00') }, now);
    expect(f).toMatchObject({ status: 'filed', sequence: 3 });
    expect(recordFinding(f, { finding: 'revoked', foundAt: at('2019-09-01T10:00:00+08:00') }, now)).toMatchObject({ status: 'revoked', sequence: 4 });
    expect(recordFinding(f, { finding: 'unlawful', foundAt: at('2019-09-01T10:00:00+08:00') }, now)).toMatchObject({ status: 'found-unlawful' });
  });

  it('refuses a second review with a 409 naming the status', () => {
    expect(() => reviewDocument(reviewed(), { reviewedAt: at('2019-03-11T15:00:00+08:00'), opinion: 'approved', normative: false }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'DOCUMENT.INVALID_TRANSITION', details: { status: 'reviewed' }, message: 'cannot review a document whose status is reviewed' }),
    );
  });

  it('refuses a review dated before the submission, naming reviewedAt', () => {
    expect(() => reviewDocument(submitted(), { reviewedAt: at('2019-03-01T15:00:00+08:00'), opinion: 'approved', normative: false }, now)).toThrow(
      expect.objectContaining({ kind: 'invalid', details: { field: 'reviewedAt' } }),
    );
  });

  it('files only a document the review determined normative and did not reject', () => {
    const filedAt = at('2019-03-20T10:00:00+08:00');
    expect(() => fileDocument(reviewed(false), { filedAt }, now)).toThrow(expect.objectContaining({ kind: 'conflict', code: 'DOCUMENT.NOT_NORMATIVE' }));
    expect(() => fileDocument(reviewed(true, 'rejected'), { filedAt }, now)).toThrow(expect.objectContaining({ kind: 'conflict', code: 'DOCUMENT.REJECTED' }));
    expect(() => fileDocument(submitted(), { filedAt }, now)).toThrow(expect.objectContaining({ kind: 'conflict', details: { status: 'submitted' } }));
  });

  it('refuses a filing before the review and a finding before the filing, naming the field', () => {
    expect(() => fileDocument(reviewed(), { filedAt: at('2019-03-09T10:00:00+08:00') }, now)).toThrow(expect.objectContaining({ details: { field: 'filedAt' } }));
    const f = fileDocument(reviewed(), { filedAt: at('2019-03-20T10:00:00+08:00') }, now);
    expect(() => recordFinding(f, { finding: 'unlawful', foundAt: at('2019-03-19T10:00:00+08:00') }, now)).toThrow(expect.objectContaining({ details: { field: 'foundAt' } }));
  });

  it('takes no finding before it is filed, nor a second one', () => {
    expect(() => recordFinding(reviewed(), { finding: 'revoked', foundAt: now }, now)).toThrow(expect.objectContaining({ kind: 'conflict', details: { status: 'reviewed' } }));
    const revoked = recordFinding(fileDocument(reviewed(), { filedAt: at('2019-03-20T10:00:00+08:00') }, now), { finding: 'revoked', foundAt: now }, now);
    expect(() => recordFinding(revoked, { finding: 'unlawful', foundAt: now }, now)).toThrow(
      expect.objectContaining({ message: 'cannot record a finding on a document whose status is revoked' }),
    );
  });
});
