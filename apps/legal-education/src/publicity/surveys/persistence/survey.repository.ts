import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Survey } from '../domain/survey';

const COLUMNS = `id, conducted_at, respondents, aware, participated, satisfied, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The list's order and cursor: conductedAt, then id. */
export const SURVEY_KEY: readonly KeyColumn[] = [
  { sql: 'conducted_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toSurvey = (r: Row): Survey => ({ id: r.id, conductedAt: r.conducted_at, respondents: r.respondents, aware: r.aware, participated: r.participated, satisfied: r.satisfied, sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at });

export interface SurveyFilter {
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

/** Surveys in legal_education.surveys. */
@Injectable()
export class SurveyRepository implements CaseTable<Survey> {
  readonly entity = 'survey';
  readonly table = 'legal_education.surveys';

  insertValues(x: Survey): ColumnValues {
    return { id: x.id, conducted_at: x.conductedAt, respondents: x.respondents, aware: x.aware, participated: x.participated, satisfied: x.satisfied, ...this.updateValues(x), created_at: x.createdAt };
  }

  updateValues(x: Survey): ColumnValues {
    return { sequence: x.sequence, updated_at: x.updatedAt };
  }

  find(em: EntityManager, id: string): Promise<Survey | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<Survey | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_education.surveys WHERE id = $1`, [id]);
    return rows.length ? toSurvey(rows[0]) : null;
  }

  /** A page ordered by conductedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: SurveyFilter): Promise<Page<Survey>> {
    const where = new SqlWhere();
    if (f.from) where.add('conducted_at >= ?', f.from);
    if (f.to) where.add('conducted_at < ?', f.to);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_education.surveys', where, key: SURVEY_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toSurvey), nextCursor: page.nextCursor };
  }
}
