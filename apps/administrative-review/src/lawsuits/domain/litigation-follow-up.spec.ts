import { answerSuggestion, receiveSuggestion, suggestionOf, superviseSuggestion } from './judicial-suggestion';
import { fileLawsuit, judgeLawsuit, Lawsuit } from './lawsuit';
import { concludePerformanceSupervision, startPerformanceSupervision } from './performance-supervision';

const at = (iso: string) => new Date(iso);
const now = at('2019-12-01T12:00:00+08:00');
const SUGGESTION = '00000000-0000-4000-8000-0000000000d1';

function filed(): Lawsuit {
  return fileLawsuit(
    { id: '00000000-0000-4000-8000-000000000002', filedAt: at('2019-05-06T09:00:00+08:00'), defendantAgency: '重庆市沙坪坝区人民政府', court: '重庆铁路运输法院', matter: 'licensing' },
    now,
  );
}
const judged = (outcome: 'revoked' | 'withdrawn' = 'revoked') => judgeLawsuit(filed(), { decidedAt: at('2019-08-01T10:00:00+08:00'), outcome }, now);
const started = () => startPerformanceSupervision(judged(), { judgmentEffectiveAt: at('2019-08-20T00:00:00+08:00'), startedAt: at('2019-08-21T09:00:00+08:00') }, now);

describe('supervising the performance of a judgment', () => {
  it('starts on a closed lawsuit, moving its sequence, then concludes with the result', () => {
    const s = started();
    expect(s).toMatchObject({ sequence: 3, performance: { status: 'supervising', concludedAt: null, result: null } });
    const c = concludePerformanceSupervision(s, { concludedAt: at('2019-09-30T09:00:00+08:00'), result: 'performed' }, now);
    expect(c).toMatchObject({ sequence: 4, performance: { status: 'concluded', result: 'performed', concludedAt: at('2019-09-30T09:00:00+08:00') } });
  });

  it('refuses with 409 naming status open before the judgment', () => {
    expect(() => startPerformanceSupervision(filed(), { judgmentEffectiveAt: at('2019-08-20T00:00:00+08:00'), startedAt: at('2019-08-21T09:00:00+08:00') }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'LAWSUIT.INVALID_TRANSITION', details: { status: 'open' } }),
    );
  });

  it('refuses with 409 a second supervision and one of a withdrawn lawsuit, which has no judgment', () => {
    const input = { judgmentEffectiveAt: at('2019-08-20T00:00:00+08:00'), startedAt: at('2019-08-21T09:00:00+08:00') };
    expect(() => startPerformanceSupervision(started(), input, now)).toThrow(expect.objectContaining({ kind: 'conflict', code: 'LAWSUIT.PERFORMANCE_ALREADY_SUPERVISED' }));
    expect(() => startPerformanceSupervision(judged('withdrawn'), input, now)).toThrow(expect.objectContaining({ kind: 'conflict', code: 'LAWSUIT.NO_JUDGMENT' }));
  });

  it('refuses an effective date before the judgment and a start before the effective date, naming the field', () => {
    expect(() => startPerformanceSupervision(judged(), { judgmentEffectiveAt: at('2019-07-31T10:00:00+08:00'), startedAt: at('2019-08-21T09:00:00+08:00') }, now)).toThrow(
      expect.objectContaining({ kind: 'invalid', details: { field: 'judgmentEffectiveAt' } }),
    );
    expect(() => startPerformanceSupervision(judged(), { judgmentEffectiveAt: at('2019-08-20T00:00:00+08:00'), startedAt: at('2019-08-19T09:00:00+08:00') }, now)).toThrow(
      expect.objectContaining({ kind: 'invalid', details: { field: 'startedAt' } }),
    );
  });

  it('refuses to conclude a supervision that is not running (409) or before it started (400)', () => {
    expect(() => concludePerformanceSupervision(judged(), { concludedAt: at('2019-09-30T09:00:00+08:00'), result: 'performed' }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'LAWSUIT.PERFORMANCE_NOT_SUPERVISING' }),
    );
    expect(() => concludePerformanceSupervision(started(), { concludedAt: at('2019-08-21T08:59:59+08:00'), result: 'enforced' }, now)).toThrow(
      expect.objectContaining({ kind: 'invalid', details: { field: 'concludedAt' } }),
    );
  });
});

describe('judicial suggestions', () => {
  const received = (l: Lawsuit = filed()) => receiveSuggestion(l, { id: SUGGESTION, court: '重庆市第一中级人民法院', receivedAt: at('2019-06-01T09:00:00+08:00') }, now);

  it('are received on an open or a closed lawsuit, each moving the lawsuit\'s sequence', () => {
    expect(received().suggestion).toMatchObject({ status: 'received', lawsuitId: filed().id, supervisedAt: null, answeredAt: null });
    expect(received().lawsuit.sequence).toBe(2);
    expect(received(judged()).lawsuit).toMatchObject({ status: 'closed', sequence: 3 });
  });

  it('go received → supervised → answered, and answered takes nothing more (409 naming status answered)', () => {
    const r = received();
    const s = superviseSuggestion(r.lawsuit, r.suggestion, at('2019-06-03T09:00:00+08:00'), now);
    expect(s.suggestion).toMatchObject({ status: 'supervised', supervisedAt: at('2019-06-03T09:00:00+08:00') });
    const a = answerSuggestion(s.lawsuit, s.suggestion, at('2019-06-20T09:00:00+08:00'), now);
    expect(a).toMatchObject({ lawsuit: { sequence: 4 }, suggestion: { status: 'answered', supervisedAt: at('2019-06-03T09:00:00+08:00') } });
    expect(() => superviseSuggestion(a.lawsuit, a.suggestion, at('2019-06-21T09:00:00+08:00'), now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'JUDICIAL_SUGGESTION.INVALID_TRANSITION', details: { status: 'answered' } }),
    );
    expect(() => answerSuggestion(a.lawsuit, a.suggestion, at('2019-06-21T09:00:00+08:00'), now)).toThrow(expect.objectContaining({ kind: 'conflict' }));
  });

  it('may be answered unsupervised, and are supervised only once', () => {
    const r = received();
    expect(answerSuggestion(r.lawsuit, r.suggestion, at('2019-06-02T09:00:00+08:00'), now).suggestion).toMatchObject({ status: 'answered', supervisedAt: null });
    const s = superviseSuggestion(r.lawsuit, r.suggestion, at('2019-06-03T09:00:00+08:00'), now);
    expect(() => superviseSuggestion(s.lawsuit, s.suggestion, at('2019-06-04T09:00:00+08:00'), now)).toThrow(expect.objectContaining({ code: 'JUDICIAL_SUGGESTION.INVALID_TRANSITION' }));
  });

  it('refuse times before the step they follow, naming the field', () => {
    expect(() => receiveSuggestion(filed(), { id: SUGGESTION, court: '法院', receivedAt: at('2019-05-06T08:59:59+08:00') }, now)).toThrow(
      expect.objectContaining({ kind: 'invalid', details: { field: 'receivedAt' } }),
    );
    const r = received();
    expect(() => superviseSuggestion(r.lawsuit, r.suggestion, at('2019-05-31T09:00:00+08:00'), now)).toThrow(expect.objectContaining({ details: { field: 'supervisedAt' } }));
    const s = superviseSuggestion(r.lawsuit, r.suggestion, at('2019-06-03T09:00:00+08:00'), now);
    expect(() => answerSuggestion(s.lawsuit, s.suggestion, at('2019-06-02T09:00:00+08:00'), now)).toThrow(expect.objectContaining({ details: { field: 'answeredAt' } }));
  });

  it('are found by id within their lawsuit, 404 otherwise', () => {
    const r = received();
    expect(suggestionOf(r.lawsuit.id, [r.suggestion], SUGGESTION)).toBe(r.suggestion);
    expect(() => suggestionOf(r.lawsuit.id, [r.suggestion], '00000000-0000-4000-8000-0000000000d2')).toThrow(
      expect.objectContaining({ kind: 'not-found', code: 'JUDICIAL_SUGGESTION.NOT_FOUND' }),
    );
  });
});
