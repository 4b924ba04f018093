import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { VillageAssessment } from '../domain/village-assessment';

const COLUMNS = `id, village, assessed_at, meets_standard, sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The list's order and cursor: assessedAt, then id. */
export const VILLAGE_ASSESSMENT_KEY: readonly KeyColumn[] = [
  { sql: 'assessed_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

const toVillageAssessment = (r: Row): VillageAssessment => ({ id: r.id, village: r.village, assessedAt: r.assessed_at, meetsStandard: r.meets_standard, sequence: r.sequence, createdAt: r.created_at, updatedAt: r.updated_at });

export interface VillageAssessmentFilter {
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

/** Village assessments in legal_education.village_assessments. */
@Injectable()
export class VillageAssessmentRepository implements CaseTable<VillageAssessment> {
  readonly entity = 'village-assessment';
  readonly table = 'legal_education.village_assessments';

  insertValues(x: VillageAssessment): ColumnValues {
    return { id: x.id, village: x.village, assessed_at: x.assessedAt, meets_standard: x.meetsStandard, ...this.updateValues(x), created_at: x.createdAt };
  }

  updateValues(x: VillageAssessment): ColumnValues {
    return { sequence: x.sequence, updated_at: x.updatedAt };
  }

  find(em: EntityManager, id: string): Promise<VillageAssessment | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<VillageAssessment | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_education.village_assessments WHERE id = $1`, [id]);
    return rows.length ? toVillageAssessment(rows[0]) : null;
  }

  /** A page ordered by assessedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: VillageAssessmentFilter): Promise<Page<VillageAssessment>> {
    const where = new SqlWhere();
    if (f.from) where.add('assessed_at >= ?', f.from);
    if (f.to) where.add('assessed_at < ?', f.to);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_education.village_assessments', where, key: VILLAGE_ASSESSMENT_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toVillageAssessment), nextCursor: page.nextCursor };
  }
}
