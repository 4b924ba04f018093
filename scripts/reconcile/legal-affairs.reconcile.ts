import { rate } from '../../apps/reporting/src/annual-report/rate';
import { count, Db, inYear, ReconcileArea, tableExists, YearQuery } from './area';

/**
 * 法治建设议题、法制审查、法律顾问 from legal_affairs.*: leadership meetings held in the year; the
 * committee's coordination groups established and dissolved and its meetings (the first apart);
 * clean-up decisions by the year of the decision, by outcome;
 * documents submitted, reviewed (and determined normative), filed in the year, and of those filed
 * in the year the ones later found unlawful or revoked; contracts submitted and reviewed (those of
 * government investment projects apart); engagements started and ended; work records by kind; the
 * registry's units active at the year's last second and of them those with an adviser engaged then
 * (the tables have no district: every district's units, as the service's own coverage answer).
 */
export const legalAffairsReconcile: ReconcileArea = {
  sectionKey: 'legalAffairs',

  async recompute(db: Db, q: YearQuery) {
    const params = [q.year, q.timeZone];
    const row: Record<string, unknown> = (await tableExists(db, 'legal_affairs.documents'))
      ? (
          await db.query(
            `WITH yearend AS (SELECT make_timestamptz($1::int + 1, 1, 1, 0, 0, 0, $2::text) - interval '1 second' AS t)
             SELECT
               (SELECT count(*) FROM legal_affairs.agenda_meetings WHERE ${inYear('held_at')}) AS meetings,
               (SELECT count(*) FROM legal_affairs.coordination_groups WHERE ${inYear('established_at')}) AS groups_established,
               (SELECT count(*) FROM legal_affairs.coordination_groups WHERE ${inYear('dissolved_at')}) AS groups_dissolved,
               (SELECT count(*) FROM legal_affairs.committee_meetings WHERE ${inYear('held_at')}) AS committee_meetings,
               (SELECT count(*) FROM legal_affairs.committee_meetings WHERE number = 1 AND ${inYear('held_at')}) AS committee_first,
               (SELECT count(*) FROM legal_affairs.documents WHERE ${inYear('submitted_at')}) AS doc_submitted,
               (SELECT count(*) FROM legal_affairs.documents WHERE ${inYear('reviewed_at')}) AS doc_reviewed,
               (SELECT count(*) FROM legal_affairs.documents WHERE normative AND ${inYear('reviewed_at')}) AS doc_normative,
               (SELECT count(*) FROM legal_affairs.documents WHERE ${inYear('filed_at')}) AS doc_filed,
               (SELECT count(*) FROM legal_affairs.documents WHERE found_at IS NOT NULL AND ${inYear('filed_at')}) AS doc_found,
               (SELECT count(*) FROM legal_affairs.cleanup_decisions WHERE ${inYear('decided_at')}) AS cleanup_reviewed,
               (SELECT count(*) FROM legal_affairs.cleanup_decisions WHERE outcome = 'kept' AND ${inYear('decided_at')}) AS cleanup_kept,
               (SELECT count(*) FROM legal_affairs.cleanup_decisions WHERE outcome = 'amended' AND ${inYear('decided_at')}) AS cleanup_amended,
               (SELECT count(*) FROM legal_affairs.cleanup_decisions WHERE outcome = 'repealed' AND ${inYear('decided_at')}) AS cleanup_repealed,
               (SELECT count(*) FROM legal_affairs.contracts WHERE ${inYear('submitted_at')}) AS con_submitted,
               (SELECT count(*) FROM legal_affairs.contracts WHERE ${inYear('reviewed_at')}) AS con_reviewed,
               (SELECT count(*) FROM legal_affairs.contracts WHERE kind = 'government-investment-project' AND ${inYear('reviewed_at')}) AS con_investment,
               (SELECT count(*) FROM legal_affairs.engagements WHERE ${inYear('started_at')}) AS eng_started,
               (SELECT count(*) FROM legal_affairs.engagements WHERE ${inYear('ended_at')}) AS eng_ended,
               (SELECT count(*) FROM legal_affairs.work_records WHERE kind = 'contract-drafted-or-reviewed' AND ${inYear('performed_at')}) AS work_contracts,
               (SELECT count(*) FROM legal_affairs.work_records WHERE kind = 'case-represented' AND ${inYear('performed_at')}) AS work_cases,
               (SELECT count(*) FROM legal_affairs.work_records WHERE kind = 'special-service' AND ${inYear('performed_at')}) AS work_services,
               (SELECT count(*) FROM legal_affairs.district_units u, yearend WHERE u.registered_at <= yearend.t AND (u.dissolved_at IS NULL OR u.dissolved_at > yearend.t)) AS units,
               (SELECT count(*) FROM legal_affairs.district_units u, yearend WHERE u.registered_at <= yearend.t AND (u.dissolved_at IS NULL OR u.dissolved_at > yearend.t)
                  AND EXISTS (SELECT 1 FROM legal_affairs.engagements e WHERE e.unit = u.name AND e.started_at <= yearend.t AND (e.ended_at IS NULL OR e.ended_at > yearend.t))) AS covered`,
            params,
          )
        ).rows[0]
      : {};
    const work = { contracts: count(row.work_contracts), cases: count(row.work_cases), services: count(row.work_services) };
    return {
      agendaMeetings: count(row.meetings),
      coordinationGroupsEstablished: count(row.groups_established),
      coordinationGroupsDissolved: count(row.groups_dissolved),
      committeeMeetings: count(row.committee_meetings),
      committeeFirstMeetings: count(row.committee_first),
      documentsSubmitted: count(row.doc_submitted),
      documentsReviewed: count(row.doc_reviewed),
      documentsNormative: count(row.doc_normative),
      documentsFiled: count(row.doc_filed),
      filedFoundUnlawfulOrRevoked: count(row.doc_found),
      cleanupReviewed: count(row.cleanup_reviewed),
      cleanupKept: count(row.cleanup_kept),
      cleanupAmended: count(row.cleanup_amended),
      cleanupRepealed: count(row.cleanup_repealed),
      contractsSubmitted: count(row.con_submitted),
      contractsReviewed: count(row.con_reviewed),
      investmentContractsReviewed: count(row.con_investment),
      engagementsStarted: count(row.eng_started),
      engagementsEnded: count(row.eng_ended),
      adviserWork: work.contracts + work.cases + work.services,
      adviserContractWork: work.contracts,
      adviserCasesRepresented: work.cases,
      adviserSpecialServices: work.services,
      unitsAtYearEnd: count(row.units),
      unitsWithAdviser: count(row.covered),
      adviserCoverage: rate(count(row.covered), count(row.units)),
    };
  },
};
