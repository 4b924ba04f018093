import { idempotencyPerUserSql, idempotencyTableSql } from '@casetrack/platform';
import { outboxQuarantineSql, outboxTableSql, outboxTraceparentSql } from '@casetrack/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The legal_education schema: exam sessions, online contests, publicity works, the publicity log
 * (units' activities, media adoptions, surveys, village assessments); the outbox and idempotency
 * tables in their current shape.
 */
export class InitialSchema1767013000000 implements MigrationInterface {
  name = 'InitialSchema1767013000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legal_education.exams (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        audience text NOT NULL,
        scheduled_at timestamptz NOT NULL,
        candidates_expected int NOT NULL CHECK (candidates_expected >= 0),
        city_university_candidates int NOT NULL CHECK (city_university_candidates BETWEEN 0 AND candidates_expected),
        status text NOT NULL,
        held_at timestamptz,
        sat int CHECK (sat BETWEEN 0 AND candidates_expected),
        passed int CHECK (passed BETWEEN 0 AND sat),
        cancelled_at timestamptz,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT exam_results_complete CHECK ((held_at IS NULL) = (sat IS NULL) AND (sat IS NULL) = (passed IS NULL)),
        CONSTRAINT exam_held_iff_status CHECK ((status = 'held') = (held_at IS NOT NULL)),
        CONSTRAINT exam_cancelled_iff_status CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX exams_by_scheduled ON legal_education.exams (scheduled_at, id)`);
    await q.query(`CREATE INDEX exams_by_status ON legal_education.exams (status, scheduled_at, id)`);
    await q.query(`CREATE INDEX exams_by_audience ON legal_education.exams (audience, scheduled_at, id)`);
    await q.query(`
      CREATE TABLE legal_education.contests (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        kind text NOT NULL,
        opened_at timestamptz NOT NULL,
        status text NOT NULL,
        closed_at timestamptz,
        participants int CHECK (participants >= 0),
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contest_closed_after_open CHECK (closed_at IS NULL OR closed_at >= opened_at),
        CONSTRAINT contest_closed_iff_status CHECK ((status = 'closed') = (closed_at IS NOT NULL) AND (closed_at IS NULL) = (participants IS NULL))
      )`);
    await q.query(`CREATE INDEX contests_by_opened ON legal_education.contests (opened_at, id)`);
    await q.query(`CREATE INDEX contests_by_status ON legal_education.contests (status, opened_at, id)`);
    await q.query(`
      CREATE TABLE legal_education.works (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        kind text NOT NULL,
        series text NOT NULL,
        released_at timestamptz NOT NULL,
        status text NOT NULL,
        award_level text,
        award_rank text,
        awarded_at timestamptz,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT work_awarded_after_release CHECK (awarded_at IS NULL OR awarded_at >= released_at),
        CONSTRAINT work_award_complete CHECK ((status = 'awarded') = (awarded_at IS NOT NULL) AND (awarded_at IS NULL) = (award_level IS NULL) AND (award_level IS NULL) = (award_rank IS NULL))
      )`);
    await q.query(`CREATE INDEX works_by_released ON legal_education.works (released_at, id)`);
    await q.query(`CREATE INDEX works_by_status ON legal_education.works (status, released_at, id)`);
    await q.query(`
      CREATE TABLE legal_education.activities (
        id uuid PRIMARY KEY,
        unit text NOT NULL,
        kind text NOT NULL,
        held_at timestamptz NOT NULL,
        subject text NOT NULL,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX activities_by_held ON legal_education.activities (held_at, id)`);
    await q.query(`CREATE INDEX activities_by_unit ON legal_education.activities (unit, held_at, id)`);
    await q.query(`
      CREATE TABLE legal_education.media_items (
        id uuid PRIMARY KEY,
        level text NOT NULL,
        outlet text NOT NULL,
        headline text NOT NULL,
        adopted_at timestamptz NOT NULL,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX media_items_by_adopted ON legal_education.media_items (adopted_at, id)`);
    await q.query(`
      CREATE TABLE legal_education.surveys (
        id uuid PRIMARY KEY,
        conducted_at timestamptz NOT NULL,
        respondents int NOT NULL CHECK (respondents >= 0),
        aware int NOT NULL CHECK (aware BETWEEN 0 AND respondents),
        participated int NOT NULL CHECK (participated BETWEEN 0 AND respondents),
        satisfied int NOT NULL CHECK (satisfied BETWEEN 0 AND respondents),
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX surveys_by_conducted ON legal_education.surveys (conducted_at, id)`);
    await q.query(`
      CREATE TABLE legal_education.village_assessments (
        id uuid PRIMARY KEY,
        village text NOT NULL,
        assessed_at timestamptz NOT NULL,
        meets_standard boolean NOT NULL,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX village_assessments_by_assessed ON legal_education.village_assessments (assessed_at, id)`);
    for (const sql of [
      ...outboxTableSql('legal_education'), ...outboxQuarantineSql('legal_education'), ...outboxTraceparentSql('legal_education'),
      ...idempotencyTableSql('legal_education'), ...idempotencyPerUserSql('legal_education'),
    ]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_education.idempotency_keys, legal_education.outbox, legal_education.village_assessments, legal_education.surveys,
      legal_education.media_items, legal_education.activities, legal_education.works, legal_education.contests, legal_education.exams`);
  }
}
