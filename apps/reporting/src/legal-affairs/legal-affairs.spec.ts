import { LegalAffairsEvent } from '@casetrack/contracts';
import { renderMarkdown } from '../annual-report/report-text';
import { aboutCount, legalAffairsProse } from './legal-affairs.area';
import { legalAffairsFactsOf, legalAffairsNoteOf } from './legal-affairs-facts';

const SH = 'Asia/Shanghai';

/** The legalAffairs section of Shapingba's 2019 report, as the seed counts it (32 meetings: "30余次"). */
const section2019 = {
  agendaMeetings: 32, coordinationGroupsEstablished: 4, coordinationGroupsDissolved: 0, committeeMeetings: 1, committeeFirstMeetings: 1,
  cleanupReviewed: 44, cleanupKept: 36, cleanupAmended: 6, cleanupRepealed: 2, documentsSubmitted: 90, documentsReviewed: 86, documentsNormative: 8, documentsFiled: 8, filedFoundUnlawfulOrRevoked: 0,
  contractsSubmitted: 200, contractsReviewed: 190, investmentContractsReviewed: 169, engagementsStarted: 40, engagementsEnded: 2,
  adviserWork: 774, adviserContractWork: 379, adviserCasesRepresented: 198, adviserSpecialServices: 197,
  unitsAtYearEnd: 40, unitsWithAdviser: 40, adviserCoverage: { value: 1, display: '100.0%', numerator: 40, denominator: 40 },
};

function event(type: LegalAffairsEvent['type'], payload: Record<string, unknown>): LegalAffairsEvent {
  return {
    eventId: '00000000-0000-4000-8000-000000000001', type, version: 1, occurredAt: '2020-02-01T00:00:00+08:00', district: '500106',
    caseId: '00000000-0000-4000-8000-0000000000aa', sequence: 2, actorId: null, payload,
  } as LegalAffairsEvent;
}

describe('the legal-affairs prose', () => {
  const text = renderMarkdown({ district: '500106', year: 2019, timeZone: SH, legalAffairs: section2019 });

  it('carries every figure of 一(一), 一(二) and 一(三) in the seed\'s words and order, the meetings rounded as the seed does', () => {
    expect(text).toContain('局党组会、局长办公会研究法治建设工作情况30余次。');
    expect(text).toContain('推动设立立法、执法、司法、普法守法4个协调小组，召开区委全面依法治区委员会第一次会议。');
    expect(text).toContain(
      '认真审查区级各类重大文件86件，认定行政规范性文件8件。审查、备案的规范性文件无一件被认定违法或撤销。全面清理现行有效的44件行政规范性文件，废止2件。全年共合法性审查政府性投资项目合同169件。实现区级单位法律顾问全覆盖。' +
        '全年协助起草、修改、审查合同和协议379个，代理复议、诉讼案件198件，提供其他专项法律服务197次。',
    );
    expect(text.indexOf('30余次')).toBeLessThan(text.indexOf('4个协调小组'));
    expect(text.indexOf('第一次会议')).toBeLessThan(text.indexOf('审查区级各类重大文件86件'));
  });

  it('leaves out the committee\'s sentence and the clean-up when the year had none, and counts a later meeting as a meeting', () => {
    const none = legalAffairsProse({ ...section2019, coordinationGroupsEstablished: 0, committeeMeetings: 0, committeeFirstMeetings: 0, cleanupReviewed: 0, cleanupRepealed: 0 });
    expect(none).toHaveLength(2);
    expect(none.join('')).not.toMatch(/协调小组|委员会|清理/);
    const later = legalAffairsProse({ ...section2019, coordinationGroupsEstablished: 1, committeeMeetings: 2, committeeFirstMeetings: 0 });
    expect(later[1]).toBe('推动设立1个协调小组，召开区委全面依法治区委员会会议2次。');
  });

  it('says 全覆盖 only when every unit active at the year\'s end had an adviser', () => {
    expect(legalAffairsProse({ ...section2019, unitsWithAdviser: 39 }).join('')).not.toContain('全覆盖');
    expect(legalAffairsProse({ ...section2019, unitsAtYearEnd: 0, unitsWithAdviser: 0 }).join('')).not.toContain('全覆盖');
  });

  it('gives the exact count of meetings in the table', () => {
    expect(text).toMatch(/\| 局党组会、局长办公会研究法治建设工作 agendaMeetings +\| 32 +\|/);
  });

  it('says how many filed documents were found unlawful or revoked when there are some', () => {
    expect(legalAffairsProse({ ...section2019, filedFoundUnlawfulOrRevoked: 2 })[2]).toContain('审查、备案的规范性文件中2件被认定违法或撤销。');
  });

  it('comes before the review\'s figures, as 一(三) has them', () => {
    const both = renderMarkdown({ district: '500106', year: 2019, timeZone: SH, legalAffairs: section2019, administrativeReview: { accepted: 59, concluded: 56 } });
    expect(both.indexOf('提供其他专项法律服务197次')).toBeLessThan(both.indexOf('全年受理复议59件'));
  });
});

describe('aboutCount', () => {
  it.each([
    [0, '0'], [9, '9'], [30, '30'], [32, '30余'], [39, '30余'], [578, '570余'], [2134, '2100余'], [5023, '5000余'], [5000, '5000'],
  ])('says %i as %s', (n, said) => expect(aboutCount(n)).toBe(said));
});

describe('legal-affairs figure facts', () => {
  const unit = '区住建委';

  it('count a normative review twice (reviewed and normative), in the year of reviewedAt in the district time zone', () => {
    const reviewed = event('legalaffairs.document.reviewed', {
      unit, kind: 'policy-document', submittedAt: '2019-12-01T09:00:00+08:00', reviewedAt: '2019-12-31T16:30:00Z', opinion: 'approved', normative: true,
    });
    expect(legalAffairsFactsOf(reviewed, SH)).toEqual([
      { area: 'legal-affairs', figure: 'documentsReviewed', slot: 'reviewed', year: 2020, dimensions: { unit, month: 1 }, changes: { documentsReviewed: 1 } },
      { area: 'legal-affairs', figure: 'documentsNormative', slot: 'normative', year: 2020, dimensions: { unit, month: 1 }, changes: { documentsNormative: 1 } },
    ]);
  });

  it('count a finding in the year the document was filed, not the year it was found', () => {
    const finding = event('legalaffairs.document.finding-recorded', {
      unit, kind: 'policy-document', submittedAt: '2019-01-01T09:00:00+08:00', filedAt: '2019-03-01T09:00:00+08:00', finding: 'revoked', foundAt: '2021-05-01T09:00:00+08:00',
    });
    expect(legalAffairsFactsOf(finding, SH)).toMatchObject([{ figure: 'filedFoundUnlawfulOrRevoked', year: 2019, dimensions: { month: 3 } }]);
  });

  it('count only government investment project contracts in investmentContractsReviewed', () => {
    const base = { unit, submittedAt: '2019-05-01T09:00:00+08:00', amountFen: 100, reviewedAt: '2019-05-02T09:00:00+08:00', opinion: 'approved' };
    const figures = (kind: string) => legalAffairsFactsOf(event('legalaffairs.contract.reviewed', { ...base, kind }), SH).map((f) => f.figure);
    expect(figures('government-investment-project')).toEqual(['contractsReviewed', 'investmentContractsReviewed']);
    expect(figures('procurement')).toEqual(['contractsReviewed']);
  });

  it('count each work record as its own unit of its kind, and a meeting under no unit', () => {
    const work = event('legalaffairs.adviser.work-recorded', {
      unit, adviserKind: 'law-firm', startedAt: '2019-01-01T09:00:00+08:00', workRecordId: '00000000-0000-4000-8000-0000000000CC', workKind: 'case-represented', performedAt: '2019-06-01T09:00:00+08:00',
    });
    expect(legalAffairsFactsOf(work, SH)).toMatchObject([{ figure: 'adviserCasesRepresented', slot: 'work:00000000-0000-4000-8000-0000000000cc' }]);
    const meeting = event('legalaffairs.agenda-meeting.recorded', { kind: 'party-group', heldAt: '2019-06-01T09:00:00+08:00' });
    expect(legalAffairsFactsOf(meeting, SH)).toEqual([
      { area: 'legal-affairs', figure: 'agendaMeetings', slot: 'meeting', year: 2019, dimensions: { month: 6 }, changes: { agendaMeetings: 1 } },
    ]);
  });

  it('count a clean-up decision as reviewed and by its outcome, in the year of decidedAt, each decision of a campaign its own unit', () => {
    const decided = event('legalaffairs.cleanup.document-decided', {
      startedAt: '2019-04-01T09:00:00+08:00', decisionId: '00000000-0000-4000-8000-0000000000DD', outcome: 'repealed', decidedAt: '2019-12-31T17:00:00Z',
    });
    expect(legalAffairsFactsOf(decided, SH)).toEqual([
      { area: 'legal-affairs', figure: 'cleanupReviewed', slot: 'decided:00000000-0000-4000-8000-0000000000dd', year: 2020, dimensions: { month: 1 }, changes: { cleanupReviewed: 1 } },
      { area: 'legal-affairs', figure: 'cleanupRepealed', slot: 'outcome:00000000-0000-4000-8000-0000000000dd', year: 2020, dimensions: { month: 1 }, changes: { cleanupRepealed: 1 } },
    ]);
  });

  it('count nothing for a campaign\'s close (its decisions are counted one by one), only journal it', () => {
    const closed = event('legalaffairs.cleanup.campaign-closed', { startedAt: '2019-04-01T09:00:00+08:00', closedAt: '2019-11-01T09:00:00+08:00', reviewed: 44, kept: 36, amended: 6, repealed: 2 });
    expect(legalAffairsFactsOf(closed, SH)).toEqual([]);
    expect(legalAffairsNoteOf(closed, SH)).toEqual({ year: 2019, changes: { cleanupCampaignsClosed: 1 } });
    const decided = event('legalaffairs.cleanup.document-decided', { startedAt: '2019-04-01T09:00:00+08:00', decisionId: '00000000-0000-4000-8000-0000000000dd', outcome: 'kept', decidedAt: '2019-05-01T09:00:00+08:00' });
    expect(legalAffairsNoteOf(decided, SH)).toBeNull();
  });

  it('count a coordination group when established and when dissolved, and the committee\'s first meeting apart', () => {
    const established = event('legalaffairs.coordination-group.established', { field: 'judiciary', establishedAt: '2019-03-12T10:00:00+08:00' });
    expect(legalAffairsFactsOf(established, SH)).toMatchObject([{ figure: 'coordinationGroupsEstablished', slot: 'established', year: 2019, dimensions: { month: 3 } }]);
    const dissolved = event('legalaffairs.coordination-group.dissolved', { field: 'judiciary', establishedAt: '2019-03-12T10:00:00+08:00', dissolvedAt: '2020-01-02T10:00:00+08:00' });
    expect(legalAffairsFactsOf(dissolved, SH)).toMatchObject([{ figure: 'coordinationGroupsDissolved', year: 2020 }]);
    const first = event('legalaffairs.committee-meeting.held', { number: 1, heldAt: '2019-04-18T15:00:00+08:00' });
    expect(legalAffairsFactsOf(first, SH).map((f) => f.figure)).toEqual(['committeeMeetings', 'committeeFirstMeetings']);
    const second = event('legalaffairs.committee-meeting.held', { number: 2, heldAt: '2019-10-18T15:00:00+08:00' });
    expect(legalAffairsFactsOf(second, SH).map((f) => f.figure)).toEqual(['committeeMeetings']);
  });
});
