import { MigrationInterface, QueryRunner } from 'typeorm';

/** The rollup columns, as LEGAL_EDUCATION_COLUMNS names them (counters, then headcount sums). */
const COLUMNS = [
  'enforcement_sessions', 'newly_promoted_sessions', 'annual_sessions', 'media_items', 'national_media_items',
  'contests', 'party_regulation_contests', 'constitution_contests',
  'works_released', 'micro_videos', 'constitution_micro_videos', 'works_awarded', 'national_third_prizes', 'city_third_prizes',
  'publicity_activities', 'case_explanations', 'surveys', 'villages_assessed', 'villages_meeting_standard',
  'enforcement_trained', 'enforcement_passed', 'newly_promoted_expected', 'newly_promoted_sat', 'newly_promoted_passed',
  'annual_expected', 'annual_sat', 'annual_passed', 'annual_city_university', 'contest_participants',
  'survey_respondents', 'survey_aware', 'survey_participated', 'survey_satisfied',
];

export class LegalEducationRollup1767013100000 implements MigrationInterface {
  name = 'LegalEducationRollup1767013100000';

  async up(q: QueryRunner): Promise<void> {
    // Every counted unit of the legal-education section and the headcounts it carries, by
    // district, the year and month of its business time (district time zone) and the unit that
    // held an activity or the village assessed ('' for the others).
    await q.query(`
      CREATE TABLE legal_education_rollup (
        district text NOT NULL,
        year int NOT NULL,
        month int NOT NULL,
        unit text NOT NULL,
        ${COLUMNS.map((c) => `${c} bigint NOT NULL DEFAULT 0`).join(',\n        ')},
        PRIMARY KEY (district, year, month, unit)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_education_rollup`);
  }
}
