import dayjs from 'dayjs';
import type { ProblemWords } from '../../form-problems';
import type { RecordCommitteeMeetingBody, ReviewDocumentBody, SubmitContractBody } from '../../schemas';
import { LEGAL_AFFAIRS_CONFLICTS, LEGAL_AFFAIRS_WORDS } from '../legal-affairs-labels';
import { FieldSpec, formName, toBody } from './field-spec';
import { CAMPAIGN_STEPS, CONTRACT_STEPS, DISSOLVE_STEP, DOCUMENT_STEPS, ENGAGEMENT_STEPS } from './steps';

const inChinese = (words: ProblemWords, problem: string) => words.problems?.find(([re]) => re.test(problem))?.[1];

describe('the legal-affairs desk', () => {
  it('offers a document the steps its state machine allows: review once submitted, filing only for a normative document not rejected, a finding once filed', () => {
    const doc = (status: string, normative: boolean | null = null, opinion: string | null = null) => ({ status, normative, opinion }) as Parameters<typeof DOCUMENT_STEPS.file>[0];
    const offered = (d: Parameters<typeof DOCUMENT_STEPS.file>[0]) => Object.entries(DOCUMENT_STEPS).filter(([, allowed]) => allowed(d)).map(([k]) => k);
    expect(offered(doc('submitted'))).toEqual(['review']);
    expect(offered(doc('reviewed', true, 'approved'))).toEqual(['file']);
    expect(offered(doc('reviewed', true, 'approved-with-changes'))).toEqual(['file']);
    expect(offered(doc('reviewed', true, 'rejected'))).toEqual([]);
    expect(offered(doc('reviewed', false, 'approved'))).toEqual([]);
    expect(offered(doc('filed', true, 'approved'))).toEqual(['finding']);
    expect(offered(doc('revoked', true, 'approved'))).toEqual([]);
    expect(offered(doc('found-unlawful', true, 'approved'))).toEqual([]);
  });

  it('offers the other records their steps while submitted, engaged, open or active, and none after', () => {
    expect([CONTRACT_STEPS.review({ status: 'submitted' }), CONTRACT_STEPS.review({ status: 'reviewed' })]).toEqual([true, false]);
    expect([ENGAGEMENT_STEPS.work({ status: 'engaged' }), ENGAGEMENT_STEPS.end({ status: 'engaged' })]).toEqual([true, true]);
    expect([ENGAGEMENT_STEPS.work({ status: 'ended' }), ENGAGEMENT_STEPS.end({ status: 'ended' })]).toEqual([false, false]);
    expect([CAMPAIGN_STEPS.decide({ status: 'open' }), CAMPAIGN_STEPS.close({ status: 'closed' })]).toEqual([true, false]);
    expect([DISSOLVE_STEP({ status: 'active' }), DISSOLVE_STEP({ status: 'dissolved' })]).toEqual([true, false]);
  });

  it('sends the form as the command body: text trimmed, a time with its offset, yuan as exact fen, a yes/no as a boolean, a number as a number', () => {
    const contract: FieldSpec<SubmitContractBody, never>[] = [
      { name: 'unit', label: '报送单位', kind: 'text', max: 200 },
      { name: 'title', label: '合同名称', kind: 'text', max: 300 },
      { name: 'kind', label: '合同类别', kind: 'select' },
      { name: 'amountFen', label: '合同金额', kind: 'yuan' },
      { name: 'submittedAt', label: '报送时间', kind: 'time' },
    ];
    const submittedAt = dayjs('2022-07-01T10:00:00+08:00');
    expect(toBody(contract, { unit: ' 沙坪坝区教育委员会 ', title: '采购合同', kind: 'procurement', amountYuan: '0.29', submittedAt }))
      .toEqual({ unit: '沙坪坝区教育委员会', title: '采购合同', kind: 'procurement', amountFen: 29, submittedAt: submittedAt.format('YYYY-MM-DDTHH:mm:ssZ') });
    const review: FieldSpec<ReviewDocumentBody, never>[] = [{ name: 'normative', label: '认定为行政规范性文件', kind: 'bool' }];
    expect(toBody(review, { normative: false })).toEqual({ normative: false });
    const meeting: FieldSpec<RecordCommitteeMeetingBody, never>[] = [{ name: 'number', label: '会议次数', kind: 'int', range: [1, 999] }];
    expect(toBody(meeting, { number: 2 })).toEqual({ number: 2 });
    expect(formName('amountFen')).toBe('amountYuan');
    expect(LEGAL_AFFAIRS_WORDS.names).toEqual({ amountFen: 'amountYuan' });
  });

  it('puts the service 400s a clerk can cause in Chinese beside the field (the messages of apps/legal-affairs/src/*/domain)', () => {
    const cases: [string, string][] = [
      ['reviewedAt: must not be before the document was submitted (submittedAt)', '不能早于报送时间'],
      ['reviewedAt: must not be before the contract was submitted (submittedAt)', '不能早于报送时间'],
      ['filedAt: must not be before the document was reviewed (reviewedAt)', '不能早于审查时间'],
      ['foundAt: must not be before the document was filed (filedAt)', '不能早于备案时间'],
      ['performedAt: must not be before the engagement started (startedAt)', '不能早于选聘时间'],
      ['endedAt: must not be before the latest recorded work (performedAt)', '不能早于最近一次顾问工作的时间'],
      ['decidedAt: must not be before the campaign started (startedAt)', '不能早于清理开始时间'],
      ['closedAt: must not be before the latest decision (decidedAt)', '不能早于最近一次清理决定的时间'],
      ['dissolvedAt: must not be before the unit was registered (registeredAt)', '不能早于登记时间'],
      ['dissolvedAt: must not be before the group was established (establishedAt)', '不能早于成立时间'],
      ['number must not be greater than 999', '会议次数应为 1–999 的整数'],
      ['must not be blank', '不能为空'],
    ];
    for (const [problem, words] of cases) expect([problem, inChinese(LEGAL_AFFAIRS_WORDS, problem)]).toEqual([problem, words]);
  });

  it('explains the 409s that are not about a status: a name already registered beside the name, a filing the review does not allow', () => {
    expect(LEGAL_AFFAIRS_CONFLICTS['UNIT.ALREADY_REGISTERED'].field).toBe('name');
    expect(LEGAL_AFFAIRS_CONFLICTS['DOCUMENT.NOT_NORMATIVE'].text({})).toContain('行政规范性文件');
    expect(LEGAL_AFFAIRS_CONFLICTS['DOCUMENT.REJECTED'].text({})).toContain('不予通过');
  });
});
