import { rateText } from '../annual-report/rate';
import { each, month, text } from '../drill-through/area-figures';
import { aboutCount } from '../legal-affairs/legal-affairs.area';
import { defineArea } from '../projections/define-area';
import { LEGAL_EDUCATION_AREA, LEGAL_EDUCATION_COUNTERS } from './legal-education-facts';
import { LEGAL_EDUCATION_DIMENSIONS, LegalEducationReportQuery } from './legal-education-report.query';
import { LegalEducationRollupProjection } from './legal-education-rollup.projection';

type Json = Record<string, any>;
type RateJson = { value: number; display: string } | null;

/** A headcount as the published report says a large one: 51000 → "5.1万" (down to a tenth of 万); below 万 as it is. */
export function wanCount(n: number): string {
  if (n < 10_000) return String(n);
  const tenths = Math.floor(n / 1_000);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}万`;
}

/**
 * The survey rates as 一(七) says them: "均达80%以上" when the lowest is at least 50% (the lowest
 * rounded down to its tens), else each rate in turn.
 */
function surveyRates(s: Json): string {
  const rates: RateJson[] = [s.surveyAwarenessRate, s.surveyParticipationRate, s.surveySatisfactionRate];
  if (rates.some((r) => r === null)) return '';
  const lowest = Math.min(...rates.map((r) => r!.value));
  if (lowest >= 0.5) return `，市民群众普法知晓率、普法活动参与率和满意率均达${Math.floor(lowest * 10) * 10}%以上`;
  return `，市民群众普法知晓率${rates[0]!.display}、普法活动参与率${rates[1]!.display}、满意率${rates[2]!.display}`;
}

/** The contests by name, as 一(七) names them (党内法规知识竞赛和宪法知识竞赛). */
function contestNames(s: Json): string {
  const names = [s.partyRegulationContests > 0 ? '党内法规知识竞赛' : '', s.constitutionContests > 0 ? '宪法知识竞赛' : ''].filter((x) => x !== '');
  return names.length > 0 && s.partyRegulationContests + s.constitutionContests === s.contests ? names.join('和') : '知识竞赛';
}

/**
 * 一(五)'s first sentence, the enforcement officers' training and exam, which comes before the file
 * review's (the file-review area's prose reads it from this section); empty without a session.
 */
export function enforcementTrainingSentence(s: Json | undefined): string {
  if (!s || s.enforcementSessions === 0) return '';
  return `坚持每年举办执法人员通用法律知识培训，对全区${s.enforcementTrained}名新办证和到期换发证件人员进行培训、考试。`;
}

/**
 * The sentences of 一(七) these figures carry, in the seed's words and order: the leading cadres'
 * exams (newly promoted, then the annual one) with their participation and pass rates; the items
 * adopted by national media; the online contests and their participants; the micro-videos and their
 * awards (their titles stay in the service: the prose counts them); the units' activities and the
 * survey rates; the "三治结合" villages meeting the standard. A sentence whose figures are all zero is
 * left out; an empty year says nothing.
 */
export function legalEducationProse(s: Json): string[] {
  const exams = [
    s.newlyPromotedSessions > 0
      ? `全年组织新提任领导干部法治理论知识考试${s.newlyPromotedSessions}场，${s.newlyPromotedSat}名新提任干部参加考试，参考率${rateText(s.newlyPromotedParticipationRate)}，通过率${rateText(s.newlyPromotedPassRate)}`
      : '',
    s.annualSessions > 0
      ? `组织开展年度法治理论知识考试，${s.annualSat}名副处级${s.annualCityUniversity > 0 ? `(含${s.annualCityUniversity}名市属高校领导)` : ''}以上领导干部参加考试，参考率${rateText(s.annualParticipationRate)}，通过率${rateText(s.annualPassRate)}`
      : '',
  ].filter((x) => x !== '');
  const awards = [s.nationalThirdPrizes > 0 ? `${s.nationalThirdPrizes}部获全国三等奖` : '', s.cityThirdPrizes > 0 ? `${s.cityThirdPrizes}部获全市三等奖` : ''].filter((x) => x !== '');
  const sentences = [
    exams.length > 0 ? `${exams.join('；')}。` : '',
    s.nationalMediaItems > 0 ? `国家级媒体采用普法信息${s.nationalMediaItems}条。` : '',
    s.contests > 0 ? `开展${contestNames(s)}活动，参与人数达${wanCount(s.contestParticipants)}。` : '',
    s.constitutionMicroVideos > 0 ? `拍摄“我与宪法”公益微视频${s.constitutionMicroVideos}部${awards.length > 0 ? `，${awards.join('；')}` : ''}。` : '',
    s.publicityActivities > 0 ? `全年全区各单位开展普法宣传、以案释法等活动${aboutCount(s.publicityActivities)}场次${surveyRates(s)}。` : '',
    s.villagesMeetingStandard > 0 ? `开展民主示范村(社区)自治、法治、德治“三治结合”建设行动，达标村(社区)${s.villagesMeetingStandard}个。` : '',
  ].join('');
  return sentences === '' ? [] : [sentences];
}

/**
 * 执法资格与普法: the enforcement officers' training and exam, the leading cadres' rule-of-law
 * exams, and the publicity — media adoptions, online contests, works and awards, the units'
 * activities under their duty lists, residents' surveys, the "三治结合" villages.
 */
export const LEGAL_EDUCATION_REPORT_AREA = defineArea({
  area: LEGAL_EDUCATION_AREA,
  sectionKey: 'legalEducation',
  label: '执法资格与法治宣传',
  projection: LegalEducationRollupProjection,
  query: LegalEducationReportQuery,
  dimensions: LEGAL_EDUCATION_DIMENSIONS,
  section: (query, em, q) => query.section(em, q.district, q.year),
  breakdown: (query, em, q) => query.breakdown(em, q.district, q.year, q.by),
  drillThrough: { figures: each(...LEGAL_EDUCATION_COUNTERS), dimensions: { unit: text, month } },
  sources: {
    enforcementPassRate: ['enforcementPassed', 'enforcementTrained'],
    newlyPromotedParticipationRate: ['newlyPromotedSat', 'newlyPromotedExpected'],
    newlyPromotedPassRate: ['newlyPromotedPassed', 'newlyPromotedSat'],
    annualParticipationRate: ['annualSat', 'annualExpected'],
    annualPassRate: ['annualPassed', 'annualSat'],
    surveyAwarenessRate: ['surveyAware', 'surveyRespondents'],
    surveyParticipationRate: ['surveyParticipated', 'surveyRespondents'],
    surveySatisfactionRate: ['surveySatisfied', 'surveyRespondents'],
  },
  figureLabels: {
    enforcementSessions: '执法人员通用法律知识培训考试场次',
    enforcementTrained: '新办证和到期换发证件人员培训、考试',
    enforcementPassed: '培训考试合格',
    enforcementPassRate: '培训考试合格率',
    newlyPromotedSessions: '新提任领导干部法治理论知识考试场次',
    newlyPromotedExpected: '新提任干部应考',
    newlyPromotedSat: '新提任干部参加考试',
    newlyPromotedPassed: '新提任干部通过考试',
    newlyPromotedParticipationRate: '新提任干部参考率',
    newlyPromotedPassRate: '新提任干部通过率',
    annualSessions: '年度法治理论知识考试场次',
    annualExpected: '副处级以上领导干部应考',
    annualSat: '副处级以上领导干部参加考试',
    annualPassed: '副处级以上领导干部通过考试',
    annualCityUniversity: '其中市属高校领导',
    annualParticipationRate: '年度考试参考率',
    annualPassRate: '年度考试通过率',
    mediaItems: '媒体采用普法信息',
    nationalMediaItems: '国家级媒体采用普法信息',
    contests: '知识竞赛',
    partyRegulationContests: '党内法规知识竞赛',
    constitutionContests: '宪法知识竞赛',
    contestParticipants: '知识竞赛参与人数',
    worksReleased: '普法作品',
    microVideos: '公益微视频',
    constitutionMicroVideos: '“我与宪法”公益微视频',
    worksAwarded: '获奖作品',
    nationalThirdPrizes: '获全国三等奖',
    cityThirdPrizes: '获全市三等奖',
    publicityActivities: '各单位开展普法宣传、以案释法等活动',
    caseExplanations: '以案释法活动',
    surveys: '普法调查',
    surveyRespondents: '普法调查受访人数',
    surveyAwarenessRate: '普法知晓率',
    surveyParticipationRate: '普法活动参与率',
    surveySatisfactionRate: '满意率',
    villagesAssessed: '评估的村(社区)',
    villagesMeetingStandard: '“三治结合”达标村(社区)',
  },
  prose: { text: legalEducationProse },
});
