import type { ProblemWords } from '../form-problems';
import { appearanceText, LAWSUIT_ACTIONS, LAWSUIT_WORDS, lawsuitActions, REVIEW_ACTIONS, REVIEW_WORDS, SUGGESTION_ACTIONS } from './admin-review-labels';

const inChinese = (words: ProblemWords, problem: string) => words.problems?.find(([re]) => re.test(problem))?.[1];

describe('the administrative review desk words', () => {
  it('offers what the service state machine allows: accept or reject a received review, one extension, then the decision', () => {
    expect(REVIEW_ACTIONS).toEqual({ received: ['accept', 'reject'], accepted: ['extend', 'decide'], extended: ['decide'], rejected: [], concluded: [] });
    expect(LAWSUIT_ACTIONS).toEqual({ open: ['hear', 'judge'], closed: [] });
  });

  it('offers the litigation follow-up as the service allows: one supervision of a judgment (not of a withdrawal), its conclusion, suggestions at any time', () => {
    const supervising = { status: 'supervising', judgmentEffectiveAt: '', startedAt: '', concludedAt: null, result: null } as const;
    expect(lawsuitActions({ status: 'open', outcome: null, performanceSupervision: null })).toEqual(['hear', 'judge', 'suggest']);
    expect(lawsuitActions({ status: 'closed', outcome: 'revoked', performanceSupervision: null })).toEqual(['supervise', 'suggest']);
    expect(lawsuitActions({ status: 'closed', outcome: 'withdrawn', performanceSupervision: null })).toEqual(['suggest']);
    expect(lawsuitActions({ status: 'closed', outcome: 'revoked', performanceSupervision: supervising })).toEqual(['conclude-supervision', 'suggest']);
    expect(lawsuitActions({ status: 'closed', outcome: 'revoked', performanceSupervision: { ...supervising, status: 'concluded', result: 'performed' } })).toEqual(['suggest']);
    expect(SUGGESTION_ACTIONS).toEqual({ received: ['supervise-suggestion', 'answer-suggestion'], supervised: ['answer-suggestion'], answered: [] });
    expect(inChinese(LAWSUIT_WORDS, 'startedAt: must not be before the judgment became effective (judgmentEffectiveAt)')).toBe('不能早于判决生效时间');
    expect(inChinese(LAWSUIT_WORDS, 'answeredAt: must not be before the suggestion was supervised (supervisedAt)')).toBe('不能早于督办时间');
  });

  it('puts in Chinese the problems the service words for the fields a user fills in', () => {
    // As apps/administrative-review/src/reviews/domain/review.ts and libs/platform word them.
    expect(inChinese(REVIEW_WORDS, 'acceptedAt: must not be before the application was received (receivedAt)')).toBe('不能早于收到申请时间');
    expect(inChinese(REVIEW_WORDS, 'decidedAt: must not be before the review was accepted (acceptedAt)')).toBe('不能早于受理时间');
    expect(inChinese(REVIEW_WORDS, 'extendedAt: an extension must be granted before the deadline (dueAt) has passed')).toMatch(/届满前/);
    expect(inChinese(REVIEW_WORDS, 'days must not be greater than 30')).toBe('延长天数应为 1–30 天');
    expect(inChinese(REVIEW_WORDS, 'applicantIdNumber has a wrong check digit')).toBe('身份证号码校验位不正确');
    expect(inChinese(REVIEW_WORDS, 'applicantPhone may contain digits, spaces, +, -, ( and ) only (3–30 characters)')).toMatch(/联系电话/);
    expect(inChinese(REVIEW_WORDS, 'respondentAgency must be 1–200 characters long')).toBe('内容过长');
    expect(inChinese(LAWSUIT_WORDS, 'heldAt: must not be before the lawsuit was filed (filedAt)')).toBe('不能早于立案时间');
    expect(inChinese(LAWSUIT_WORDS, 'appearedRole: is required when headAppeared is true (government-leader or agency-head)')).toMatch(/出庭人员/);
  });

  it('says whether the head appeared at a hearing, and who', () => {
    expect(appearanceText({ headAppeared: true, appearedRole: 'agency-head' })).toBe('已出庭（部门负责人）');
    expect(appearanceText({ headAppeared: true, appearedRole: 'government-leader' })).toBe('已出庭（区政府领导）');
    expect(appearanceText({ headAppeared: false, appearedRole: null })).toBe('未出庭');
  });
});
