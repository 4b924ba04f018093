import { count, Db, inYear, ReconcileArea, tableExists, YearQuery } from './area';

/**
 * 公共法律服务 from public_legal_services.*: services given in the year (persons summed), those at
 * the centre and the centre's from its opening to the year's end; platforms registered, standardised
 * by level and closed in the year; providers registered and deregistered in the year and those in
 * the register at the year's last second by kind; complaints received, and handled in the year by
 * target and by outcome; exam sittings held in the year, with their candidates, incidents and
 * complaints. The tables have no district: every district's records.
 */
export const publicLegalServicesReconcile: ReconcileArea = {
  sectionKey: 'publicLegalServices',

  async recompute(db: Db, q: YearQuery) {
    const row: Record<string, unknown> = (await tableExists(db, 'public_legal_services.platforms'))
      ? (
          await db.query(
            `WITH yearend AS (SELECT make_timestamptz($1::int + 1, 1, 1, 0, 0, 0, $2::text) - interval '1 second' AS t)
             SELECT
               (SELECT count(*) FROM public_legal_services.service_records WHERE ${inYear('served_at')}) AS records,
               (SELECT sum(persons) FROM public_legal_services.service_records WHERE ${inYear('served_at')}) AS persons,
               (SELECT count(*) FROM public_legal_services.service_records WHERE level = 'centre' AND ${inYear('served_at')}) AS centre_records,
               (SELECT sum(persons) FROM public_legal_services.service_records WHERE level = 'centre' AND ${inYear('served_at')}) AS centre_persons,
               (SELECT count(*) FROM public_legal_services.service_records, yearend WHERE level = 'centre' AND served_at <= yearend.t) AS centre_records_to_date,
               (SELECT sum(persons) FROM public_legal_services.service_records, yearend WHERE level = 'centre' AND served_at <= yearend.t) AS centre_persons_to_date,
               (SELECT count(*) FROM public_legal_services.platforms WHERE ${inYear('registered_at')}) AS platforms_registered,
               (SELECT count(*) FROM public_legal_services.platforms WHERE level = 'centre' AND ${inYear('standardised_at')}) AS centres_standardised,
               (SELECT count(*) FROM public_legal_services.platforms WHERE level = 'station' AND ${inYear('standardised_at')}) AS stations_standardised,
               (SELECT count(*) FROM public_legal_services.platforms WHERE level = 'room' AND ${inYear('standardised_at')}) AS rooms_standardised,
               (SELECT count(*) FROM public_legal_services.platforms WHERE ${inYear('closed_at')}) AS platforms_closed,
               (SELECT count(*) FROM public_legal_services.providers WHERE ${inYear('registered_at')}) AS providers_registered,
               (SELECT count(*) FROM public_legal_services.providers WHERE ${inYear('deregistered_at')}) AS providers_deregistered,
               (SELECT count(*) FILTER (WHERE kind = 'law-firm') FROM public_legal_services.providers p, yearend WHERE p.registered_at <= yearend.t AND (p.deregistered_at IS NULL OR p.deregistered_at > yearend.t)) AS firms,
               (SELECT count(*) FILTER (WHERE kind = 'forensic-appraisal-institution') FROM public_legal_services.providers p, yearend WHERE p.registered_at <= yearend.t AND (p.deregistered_at IS NULL OR p.deregistered_at > yearend.t)) AS appraisal,
               (SELECT count(*) FILTER (WHERE kind = 'notary-office') FROM public_legal_services.providers p, yearend WHERE p.registered_at <= yearend.t AND (p.deregistered_at IS NULL OR p.deregistered_at > yearend.t)) AS notary,
               (SELECT count(*) FROM public_legal_services.complaints WHERE ${inYear('received_at')}) AS complaints_received,
               (SELECT count(*) FROM public_legal_services.complaints WHERE against = 'lawyer' AND ${inYear('concluded_at')}) AS lawyer_handled,
               (SELECT count(*) FROM public_legal_services.complaints WHERE against = 'forensic-appraiser' AND ${inYear('concluded_at')}) AS appraiser_handled,
               (SELECT count(*) FROM public_legal_services.complaints WHERE outcome = 'upheld-penalty' AND ${inYear('concluded_at')}) AS penalised,
               (SELECT count(*) FROM public_legal_services.complaints WHERE outcome = 'upheld-discipline' AND ${inYear('concluded_at')}) AS disciplined,
               (SELECT count(*) FROM public_legal_services.exam_sittings WHERE ${inYear('held_at')}) AS sittings,
               (SELECT sum(candidates) FROM public_legal_services.exam_sittings WHERE ${inYear('held_at')}) AS candidates,
               (SELECT sum(incidents) FROM public_legal_services.exam_sittings WHERE ${inYear('held_at')}) AS incidents,
               (SELECT sum(complaints) FROM public_legal_services.exam_sittings WHERE ${inYear('held_at')}) AS exam_complaints`,
            [q.year, q.timeZone],
          )
        ).rows[0]
      : {};
    const handled = { lawyer: count(row.lawyer_handled), appraiser: count(row.appraiser_handled) };
    return {
      serviceRecords: count(row.records),
      personsServed: count(row.persons),
      centreServiceRecords: count(row.centre_records),
      centrePersonsServed: count(row.centre_persons),
      platformsRegistered: count(row.platforms_registered),
      centresStandardised: count(row.centres_standardised),
      stationsStandardised: count(row.stations_standardised),
      roomsStandardised: count(row.rooms_standardised),
      platformsClosed: count(row.platforms_closed),
      providersRegistered: count(row.providers_registered),
      providersDeregistered: count(row.providers_deregistered),
      complaintsReceived: count(row.complaints_received),
      complaintsHandled: handled.lawyer + handled.appraiser,
      lawyerComplaintsHandled: handled.lawyer,
      appraiserComplaintsHandled: handled.appraiser,
      complaintsPenalised: count(row.penalised),
      complaintsDisciplined: count(row.disciplined),
      examSittings: count(row.sittings),
      examCandidates: count(row.candidates),
      examIncidents: count(row.incidents),
      examComplaints: count(row.exam_complaints),
      centreServiceRecordsToDate: count(row.centre_records_to_date),
      centrePersonsServedToDate: count(row.centre_persons_to_date),
      lawFirmsAtYearEnd: count(row.firms),
      appraisalInstitutionsAtYearEnd: count(row.appraisal),
      notaryOfficesAtYearEnd: count(row.notary),
    };
  },
};
