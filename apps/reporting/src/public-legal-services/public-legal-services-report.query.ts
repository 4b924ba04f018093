import { toSafeInteger } from '@casetrack/persistence';
import { SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PUBLIC_LEGAL_SERVICES_COLUMNS, PublicLegalServicesColumn } from './public-legal-services-facts';
import { columnOf } from './public-legal-services-rollup.projection';

export const PUBLIC_LEGAL_SERVICES_DIMENSIONS = ['month', 'level', 'channel'] as const;
export type PublicLegalServicesDimension = (typeof PUBLIC_LEGAL_SERVICES_DIMENSIONS)[number];

type Totals = Record<PublicLegalServicesColumn, number>;

const SUMS = PUBLIC_LEGAL_SERVICES_COLUMNS.map((c) => `coalesce(sum(${columnOf(c)}), 0) AS "${c}"`).join(', ');
const toTotals = (r: Record<string, string> | undefined): Totals =>
  Object.fromEntries(PUBLIC_LEGAL_SERVICES_COLUMNS.map((c) => [c, toSafeInteger(r?.[c] ?? 0)])) as Totals;

/** The figures of a set of cells, in the section's order; complaintsHandled is both targets'. */
function figures(t: Totals) {
  return {
    serviceRecords: t.serviceRecords,
    personsServed: t.personsServed,
    centreServiceRecords: t.centreServiceRecords,
    centrePersonsServed: t.centrePersonsServed,
    platformsRegistered: t.platformsRegistered,
    centresStandardised: t.centresStandardised,
    stationsStandardised: t.stationsStandardised,
    roomsStandardised: t.roomsStandardised,
    platformsClosed: t.platformsClosed,
    providersRegistered: t.providersRegistered,
    providersDeregistered: t.providersDeregistered,
    complaintsReceived: t.complaintsReceived,
    complaintsHandled: t.lawyerComplaintsHandled + t.appraiserComplaintsHandled,
    lawyerComplaintsHandled: t.lawyerComplaintsHandled,
    appraiserComplaintsHandled: t.appraiserComplaintsHandled,
    complaintsPenalised: t.complaintsPenalised,
    complaintsDisciplined: t.complaintsDisciplined,
    examSittings: t.examSittings,
    examCandidates: t.examCandidates,
    examIncidents: t.examIncidents,
    examComplaints: t.examComplaints,
  };
}

/** The public-legal-services figures of a year, read from the rollup and the providers' register. */
@Injectable()
export class PublicLegalServicesReportQuery {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  /**
   * The publicLegalServices section: the year's figures, the persons the centre served from its
   * opening to the year's end (every year up to this one), and the providers registered at the
   * year's last second (district time zone) by kind.
   */
  async section(em: EntityManager, district: string, year: number) {
    const [row] = await em.query(`SELECT ${SUMS} FROM public_legal_services_rollup WHERE district = $1 AND year = $2`, [district, year]);
    const [toDate] = await em.query(
      `SELECT coalesce(sum(centre_persons_served), 0) AS persons, coalesce(sum(centre_service_records), 0) AS records
         FROM public_legal_services_rollup WHERE district = $1 AND year <= $2`,
      [district, year],
    );
    const [register] = await em.query(
      `WITH at AS (SELECT make_timestamptz($2 + 1, 1, 1, 0, 0, 0, $3) - interval '1 second' AS t)
       SELECT count(*) FILTER (WHERE p.kind = 'law-firm')::int AS firms,
              count(*) FILTER (WHERE p.kind = 'forensic-appraisal-institution')::int AS appraisal,
              count(*) FILTER (WHERE p.kind = 'notary-office')::int AS notary
         FROM public_legal_services_providers p, at
        WHERE p.district = $1 AND p.registered_at <= at.t AND (p.deregistered_at IS NULL OR p.deregistered_at > at.t)`,
      [district, year, this.config.timeZone],
    );
    return {
      ...figures(toTotals(row)),
      centreServiceRecordsToDate: toSafeInteger(toDate.records),
      centrePersonsServedToDate: toSafeInteger(toDate.persons),
      lawFirmsAtYearEnd: toSafeInteger(register.firms),
      appraisalInstitutionsAtYearEnd: toSafeInteger(register.appraisal),
      notaryOfficesAtYearEnd: toSafeInteger(register.notary),
    };
  }

  /** The figures by month (all 12), by platform level or by channel (those with any figure that year). */
  async breakdown(em: EntityManager, district: string, year: number, by: PublicLegalServicesDimension) {
    const rows: Record<string, string>[] = await em.query(
      `SELECT ${by} AS key, ${SUMS} FROM public_legal_services_rollup WHERE district = $1 AND year = $2 ${by === 'month' ? '' : `AND ${by} <> ''`}
        GROUP BY ${by} ORDER BY ${by}`,
      [district, year],
    );
    const found = new Map(rows.map((r) => [String(r.key), toTotals(r)]));
    const keys = by === 'month' ? Array.from({ length: 12 }, (_, i) => String(i + 1)) : [...found.keys()];
    return keys.map((key) => ({ [by]: by === 'month' ? Number(key) : key, ...figures(found.get(key) ?? toTotals(undefined)) }));
  }
}
