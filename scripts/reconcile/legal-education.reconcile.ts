import { rate } from '../../apps/reporting/src/annual-report/rate';
import { count, Db, inYear, ReconcileArea, tableExists, YearQuery } from './area';

const ENFORCEMENT = `audience IN ('enforcement-new-certificate', 'enforcement-renewal')`;

/**
 * 执法资格与普法 from legal_education.*: exam sessions held in the year by audience with their
 * headcounts; contests closed (by kind) and their participants; works released (micro-videos, those
 * of the "我与宪法" series) and awarded (national and city third prizes); units' activities (case
 * explanations apart); media items (national apart); surveys and their answers; village assessments
 * (those meeting the standard). The tables have no district column: every district's records.
 */
export const legalEducationReconcile: ReconcileArea = {
  sectionKey: 'legalEducation',

  async recompute(db: Db, q: YearQuery) {
    const params = [q.year, q.timeZone];
    const row: Record<string, unknown> = (await tableExists(db, 'legal_education.exams'))
      ? (
          await db.query(
            `WITH held AS (SELECT * FROM legal_education.exams WHERE status = 'held' AND ${inYear('held_at')}),
                  closed AS (SELECT * FROM legal_education.contests WHERE ${inYear('closed_at')}),
                  released AS (SELECT * FROM legal_education.works WHERE ${inYear('released_at')}),
                  awarded AS (SELECT * FROM legal_education.works WHERE ${inYear('awarded_at')}),
                  surveyed AS (SELECT * FROM legal_education.surveys WHERE ${inYear('conducted_at')}),
                  assessed AS (SELECT * FROM legal_education.village_assessments WHERE ${inYear('assessed_at')})
             SELECT
               (SELECT count(*) FROM held WHERE ${ENFORCEMENT}) AS enf_sessions,
               (SELECT sum(sat) FROM held WHERE ${ENFORCEMENT}) AS enf_trained,
               (SELECT sum(passed) FROM held WHERE ${ENFORCEMENT}) AS enf_passed,
               (SELECT count(*) FROM held WHERE audience = 'newly-promoted-leaders') AS np_sessions,
               (SELECT sum(candidates_expected) FROM held WHERE audience = 'newly-promoted-leaders') AS np_expected,
               (SELECT sum(sat) FROM held WHERE audience = 'newly-promoted-leaders') AS np_sat,
               (SELECT sum(passed) FROM held WHERE audience = 'newly-promoted-leaders') AS np_passed,
               (SELECT count(*) FROM held WHERE audience = 'annual-leaders') AS an_sessions,
               (SELECT sum(candidates_expected) FROM held WHERE audience = 'annual-leaders') AS an_expected,
               (SELECT sum(sat) FROM held WHERE audience = 'annual-leaders') AS an_sat,
               (SELECT sum(passed) FROM held WHERE audience = 'annual-leaders') AS an_passed,
               (SELECT sum(city_university_candidates) FROM held WHERE audience = 'annual-leaders') AS an_city,
               (SELECT count(*) FROM legal_education.media_items WHERE ${inYear('adopted_at')}) AS media,
               (SELECT count(*) FROM legal_education.media_items WHERE level = 'national' AND ${inYear('adopted_at')}) AS media_national,
               (SELECT count(*) FROM closed) AS contests,
               (SELECT count(*) FROM closed WHERE kind = 'party-regulations') AS contests_party,
               (SELECT count(*) FROM closed WHERE kind = 'constitution') AS contests_constitution,
               (SELECT sum(participants) FROM closed) AS participants,
               (SELECT count(*) FROM released) AS works,
               (SELECT count(*) FROM released WHERE kind = 'micro-video') AS videos,
               (SELECT count(*) FROM released WHERE kind = 'micro-video' AND series = 'i-and-the-constitution') AS constitution_videos,
               (SELECT count(*) FROM awarded) AS awarded,
               (SELECT count(*) FROM awarded WHERE award_rank = 'third' AND award_level = 'national') AS national_third,
               (SELECT count(*) FROM awarded WHERE award_rank = 'third' AND award_level = 'city') AS city_third,
               (SELECT count(*) FROM legal_education.activities WHERE ${inYear('held_at')}) AS activities,
               (SELECT count(*) FROM legal_education.activities WHERE kind = 'case-explanation' AND ${inYear('held_at')}) AS explanations,
               (SELECT count(*) FROM surveyed) AS surveys,
               (SELECT sum(respondents) FROM surveyed) AS respondents,
               (SELECT sum(aware) FROM surveyed) AS aware,
               (SELECT sum(participated) FROM surveyed) AS participated,
               (SELECT sum(satisfied) FROM surveyed) AS satisfied,
               (SELECT count(*) FROM assessed) AS villages,
               (SELECT count(*) FROM assessed WHERE meets_standard) AS villages_standard`,
            params,
          )
        ).rows[0]
      : {};
    const n = (key: string) => count(row[key]);
    return {
      enforcementSessions: n('enf_sessions'),
      enforcementTrained: n('enf_trained'),
      enforcementPassed: n('enf_passed'),
      enforcementPassRate: rate(n('enf_passed'), n('enf_trained')),
      newlyPromotedSessions: n('np_sessions'),
      newlyPromotedExpected: n('np_expected'),
      newlyPromotedSat: n('np_sat'),
      newlyPromotedPassed: n('np_passed'),
      newlyPromotedParticipationRate: rate(n('np_sat'), n('np_expected')),
      newlyPromotedPassRate: rate(n('np_passed'), n('np_sat')),
      annualSessions: n('an_sessions'),
      annualExpected: n('an_expected'),
      annualSat: n('an_sat'),
      annualPassed: n('an_passed'),
      annualCityUniversity: n('an_city'),
      annualParticipationRate: rate(n('an_sat'), n('an_expected')),
      annualPassRate: rate(n('an_passed'), n('an_sat')),
      mediaItems: n('media'),
      nationalMediaItems: n('media_national'),
      contests: n('contests'),
      partyRegulationContests: n('contests_party'),
      constitutionContests: n('contests_constitution'),
      contestParticipants: n('participants'),
      worksReleased: n('works'),
      microVideos: n('videos'),
      constitutionMicroVideos: n('constitution_videos'),
      worksAwarded: n('awarded'),
      nationalThirdPrizes: n('national_third'),
      cityThirdPrizes: n('city_third'),
      publicityActivities: n('activities'),
      caseExplanations: n('explanations'),
      surveys: n('surveys'),
      surveyRespondents: n('respondents'),
      surveyAwarenessRate: rate(n('aware'), n('respondents')),
      surveyParticipationRate: rate(n('participated'), n('respondents')),
      surveySatisfactionRate: rate(n('satisfied'), n('respondents')),
      villagesAssessed: n('villages'),
      villagesMeetingStandard: n('villages_standard'),
    };
  },
};
