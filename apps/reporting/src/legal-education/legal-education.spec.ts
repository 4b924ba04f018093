import { LegalEducationEvent } from '@casetrack/contracts';
import { rate } from '../annual-report/rate';
import { renderMarkdown } from '../annual-report/report-text';
import { legalEducationProse, wanCount } from './legal-education.area';
import { legalEducationFactsOf, legalEducationNoteOf } from './legal-education-facts';

const SH = 'Asia/Shanghai';

/** The legalEducation section of Shapingba's 2019 report as the seed counts it (182 of 184 sat; 2134 activities: "2100余"). */
const section2019 = {
  enforcementSessions: 4, enforcementTrained: 409, enforcementPassed: 409, enforcementPassRate: rate(409, 409),
  newlyPromotedSessions: 2, newlyPromotedExpected: 184, newlyPromotedSat: 182, newlyPromotedPassed: 182,
  newlyPromotedParticipationRate: rate(182, 184), newlyPromotedPassRate: rate(182, 182),
  annualSessions: 1, annualExpected: 190, annualSat: 190, annualPassed: 190, annualCityUniversity: 75, annualParticipationRate: rate(190, 190), annualPassRate: rate(190, 190),
  mediaItems: 12, nationalMediaItems: 8, contests: 2, partyRegulationContests: 1, constitutionContests: 1, contestParticipants: 51_234,
  worksReleased: 2, microVideos: 2, constitutionMicroVideos: 2, worksAwarded: 2, nationalThirdPrizes: 1, cityThirdPrizes: 1,
  publicityActivities: 2134, caseExplanations: 400, surveys: 1, surveyRespondents: 1000,
  surveyAwarenessRate: rate(850, 1000), surveyParticipationRate: rate(820, 1000), surveySatisfactionRate: rate(900, 1000),
  villagesAssessed: 120, villagesMeetingStandard: 111,
};

const fileReview2019 = { filesReviewed: 73 };

function event(type: LegalEducationEvent['type'], payload: Record<string, unknown>): LegalEducationEvent {
  return {
    eventId: '00000000-0000-4000-8000-000000000001', type, version: 1, occurredAt: '2020-02-01T00:00:00+08:00', district: '500106',
    caseId: '00000000-0000-4000-8000-0000000000aa', sequence: 2, actorId: null, payload,
  } as LegalEducationEvent;
}

describe('the legal-education prose', () => {
  const text = renderMarkdown({ district: '500106', year: 2019, timeZone: SH, fileReview: fileReview2019, legalEducation: section2019 });

  it('opens 一(五) with the enforcement officers\' training, before the file review\'s 73 files', () => {
    expect(text).toContain('坚持每年举办执法人员通用法律知识培训，对全区409名新办证和到期换发证件人员进行培训、考试。由人大代表、政协委员、法律顾问及专家学者组建评查组，对随机抽取的73宗行政处罚案卷');
  });

  it('carries every figure of 一(七) in the seed\'s words and order, the rates computed from the counts', () => {
    expect(text).toContain(
      '全年组织新提任领导干部法治理论知识考试2场，182名新提任干部参加考试，参考率98.91%，通过率100.0%；组织开展年度法治理论知识考试，190名副处级(含75名市属高校领导)以上领导干部参加考试，参考率100.0%，通过率100.0%。' +
        '国家级媒体采用普法信息8条。开展党内法规知识竞赛和宪法知识竞赛活动，参与人数达5.1万。拍摄“我与宪法”公益微视频2部，1部获全国三等奖；1部获全市三等奖。' +
        '全年全区各单位开展普法宣传、以案释法等活动2100余场次，市民群众普法知晓率、普法活动参与率和满意率均达80%以上。' +
        '开展民主示范村(社区)自治、法治、德治“三治结合”建设行动，达标村(社区)111个。',
    );
    expect(text.indexOf('73宗')).toBeLessThan(text.indexOf('新提任领导干部'));
  });

  it('says each survey rate when one is under half, and nothing for an empty year', () => {
    const low = legalEducationProse({ ...section2019, surveyParticipationRate: rate(400, 1000) }).join('');
    expect(low).toContain('市民群众普法知晓率85.0%、普法活动参与率40.0%、满意率90.0%');
    const empty = Object.fromEntries(Object.entries(section2019).map(([k, v]) => [k, typeof v === 'number' ? 0 : null]));
    expect(legalEducationProse(empty)).toEqual([]);
    expect(renderMarkdown({ district: '500106', year: 2019, timeZone: SH, fileReview: fileReview2019, legalEducation: empty })).not.toContain('坚持每年举办');
  });

  it('says a large headcount in 万 as the report does', () => {
    expect([wanCount(51_000), wanCount(51_234), wanCount(50_000), wanCount(9_999)]).toEqual(['5.1万', '5.1万', '5万', '9999']);
  });
});

describe('the legal-education figure facts', () => {
  const exam = { audience: 'enforcement-renewal', scheduledAt: '2019-12-20T09:00:00+08:00', candidatesExpected: 30, cityUniversityCandidates: 0 };

  it('counts a session held at 2019-12-31T17:00Z in 2020 (Shanghai), with its headcounts in the changes', () => {
    const [fact] = legalEducationFactsOf(event('legaleducation.exam.held', { ...exam, heldAt: '2019-12-31T17:00:00Z', sat: 29, passed: 28 }), SH);
    expect(fact).toMatchObject({ figure: 'enforcementSessions', year: 2020, dimensions: { month: 1 }, changes: { enforcementSessions: 1, enforcementTrained: 29, enforcementPassed: 28 } });
  });

  it('counts nothing for a scheduled or cancelled session or an opened contest, and journals them', () => {
    expect(legalEducationFactsOf(event('legaleducation.exam.scheduled', exam), SH)).toEqual([]);
    expect(legalEducationNoteOf(event('legaleducation.exam.cancelled', { ...exam, cancelledAt: '2019-12-21T09:00:00+08:00' }), SH)).toEqual({ year: 2019, changes: { examsCancelled: 1 } });
    expect(legalEducationFactsOf(event('legaleducation.contest.opened', { kind: 'constitution', openedAt: '2019-12-01T09:00:00+08:00' }), SH)).toEqual([]);
  });

  it('counts a case explanation among the activities by its unit, and a national third prize among the awards', () => {
    const activity = legalEducationFactsOf(event('legaleducation.publicity-activity.recorded', { unit: '沙坪坝区教育委员会', kind: 'case-explanation', heldAt: '2019-06-01T09:00:00+08:00' }), SH);
    expect(activity.map((f) => [f.figure, f.dimensions.unit])).toEqual([['publicityActivities', '沙坪坝区教育委员会'], ['caseExplanations', '沙坪坝区教育委员会']]);
    const award = legalEducationFactsOf(
      event('legaleducation.work.awarded', { kind: 'micro-video', series: 'i-and-the-constitution', releasedAt: '2019-03-01T09:00:00+08:00', level: 'national', rank: 'third', awardedAt: '2019-11-01T09:00:00+08:00' }),
      SH,
    );
    expect(award.map((f) => f.figure)).toEqual(['worksAwarded', 'nationalThirdPrizes']);
  });
});
