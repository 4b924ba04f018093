import { PROBLEM_CATEGORIES } from '@casetrack/contracts';
import { KeyColumn, keysetPage, keysetRows, Page, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PenaltyFile, Problem } from '../domain/penalty-file';

const COLUMNS = `id, campaign_id, file_number, agency, penalty_type, decided_at, status, draw_position, reviewed_at, score, grade,
  created_at, updated_at`;

type Row = Record<string, any>;

/** The files list's order and cursor: the file number (unique in a campaign), byte-wise. */
export const FILE_KEY: readonly KeyColumn[] = [{ sql: 'file_number', part: { kind: 'text', maxLength: 200 }, bytewise: true }];

// The categories sit in the problem list's SQL as literals: plain words only.
if (!PROBLEM_CATEGORIES.every((c) => /^[a-z-]+$/.test(c))) throw new Error('problem categories must be plain words to sit in SQL');

/** The problem list's order and cursor: agency, category, file number (unique in a campaign), position in the review. */
export const PROBLEM_KEY: readonly KeyColumn[] = [
  { sql: 'f.agency', part: { kind: 'text', maxLength: 500 }, bytewise: true },
  // The contract's category order (procedure first), as on the report; the literal is built from the contract's constants.
  { sql: `array_position(ARRAY[${PROBLEM_CATEGORIES.map((c) => `'${c}'`).join(', ')}]::text[], p.category)`, part: { kind: 'integer', min: 1, max: PROBLEM_CATEGORIES.length } },
  { sql: 'f.file_number', part: { kind: 'text', maxLength: 200 }, bytewise: true },
  { sql: 'p.position', part: { kind: 'integer', min: 1, max: 2_147_483_647 } },
];

/** One problem of the problem list, with the file it was found in. */
export interface ProblemRow {
  agency: string;
  category: Problem['category'];
  fileNumber: string;
  score: number;
  grade: string;
  description: string;
}

const problemQuery = (campaignId: string) => ({
  select: 'f.agency, p.category, f.file_number, f.score, f.grade, p.description',
  from: 'file_review.file_problems p JOIN file_review.files f ON f.id = p.file_id',
  where: new SqlWhere().add('f.campaign_id = ?', campaignId),
  key: PROBLEM_KEY,
});

const toProblemRow = (r: Row): ProblemRow => ({
  agency: r.agency,
  category: r.category,
  fileNumber: r.file_number,
  score: r.score,
  grade: r.grade,
  description: r.description,
});

function toFile(r: Row, problems: Problem[]): PenaltyFile {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    fileNumber: r.file_number,
    agency: r.agency,
    penaltyType: r.penalty_type,
    decidedAt: r.decided_at,
    status: r.status,
    drawPosition: r.draw_position,
    review: r.score === null ? null : { reviewedAt: r.reviewed_at, score: r.score, grade: r.grade, problems },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Pooled penalty files and their reviews in file_review.files and file_review.file_problems. */
@Injectable()
export class FileRepository {
  /** Inserts the files in one statement, whatever their number; returns how many went in. */
  async insertMany(em: EntityManager, files: readonly PenaltyFile[]): Promise<number> {
    const col = <T>(f: (x: PenaltyFile) => T) => files.map(f);
    const rows = await em.query(
      `INSERT INTO file_review.files (id, campaign_id, file_number, agency, penalty_type, decided_at, status, created_at, updated_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::timestamptz[], $9::timestamptz[])
       ON CONFLICT (campaign_id, file_number) DO NOTHING RETURNING id`,
      [
        col((f) => f.id), col((f) => f.campaignId), col((f) => f.fileNumber), col((f) => f.agency), col((f) => f.penaltyType),
        col((f) => f.decidedAt), col((f) => f.status), col((f) => f.createdAt), col((f) => f.updatedAt),
      ],
    );
    return rows.length;
  }

  /** Which of `numbers` the campaign's pool already holds. */
  async takenNumbers(em: EntityManager, campaignId: string, numbers: readonly string[]): Promise<string[]> {
    const rows: Row[] = await em.query(
      `SELECT file_number FROM file_review.files WHERE campaign_id = $1 AND file_number = ANY($2::text[])`,
      [campaignId, numbers],
    );
    return rows.map((r) => r.file_number);
  }

  /** Every file number in the campaign's pool (the draw's input). */
  async poolNumbers(em: EntityManager, campaignId: string): Promise<string[]> {
    const rows: Row[] = await em.query(`SELECT file_number FROM file_review.files WHERE campaign_id = $1`, [campaignId]);
    return rows.map((r) => r.file_number);
  }

  async poolSize(em: EntityManager, campaignId: string): Promise<number> {
    const [r] = await em.query(`SELECT count(*)::int AS n FROM file_review.files WHERE campaign_id = $1`, [campaignId]);
    return r.n;
  }

  /** Marks the drawn files with their draw positions (1-based, in the given order) and returns them in that order. */
  async markDrawn(em: EntityManager, campaignId: string, drawn: readonly string[], now: Date): Promise<PenaltyFile[]> {
    // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count] instead of the rows.
    const rows: Row[] = await em.query(
      `WITH drawn AS (
         UPDATE file_review.files f SET status = 'drawn', draw_position = d.position, updated_at = $4
           FROM unnest($2::text[], $3::int[]) AS d(file_number, position)
          WHERE f.campaign_id = $1 AND f.file_number = d.file_number
         RETURNING f.*)
       SELECT ${COLUMNS} FROM drawn ORDER BY draw_position`,
      [campaignId, drawn, drawn.map((_, i) => i + 1), now],
    );
    return rows.map((r) => toFile(r, []));
  }

  /** Reads a file and locks its row; callers lock its campaign first (one lock order, no deadlock). */
  async findForUpdate(em: EntityManager, id: string): Promise<PenaltyFile | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM file_review.files WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length ? toFile(rows[0], await this.problemsOf(em, id)) : null;
  }

  async findById(em: EntityManager, id: string): Promise<PenaltyFile | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM file_review.files WHERE id = $1`, [id]);
    return rows.length ? toFile(rows[0], await this.problemsOf(em, id)) : null;
  }

  /** Writes a file's review and its problems. */
  async saveReview(em: EntityManager, f: PenaltyFile): Promise<void> {
    const r = f.review!;
    await em.query(
      `UPDATE file_review.files SET status = $2, reviewed_at = $3, score = $4, grade = $5, updated_at = $6 WHERE id = $1`,
      [f.id, f.status, r.reviewedAt, r.score, r.grade, f.updatedAt],
    );
    if (r.problems.length > 0)
      await em.query(
        `INSERT INTO file_review.file_problems (file_id, position, category, description) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[])`,
        [f.id, r.problems.map((_, i) => i + 1), r.problems.map((p) => p.category), r.problems.map((p) => p.description)],
      );
  }

  /** When the campaign's latest review took place, or null before any. */
  async lastReviewedAt(em: EntityManager, campaignId: string): Promise<Date | null> {
    const [r] = await em.query(`SELECT max(reviewed_at) AS last FROM file_review.files WHERE campaign_id = $1`, [campaignId]);
    return r.last;
  }

  /** A page of a campaign's files ordered by file number (byte order), optionally only the drawn ones. */
  async list(em: EntityManager, campaignId: string, f: { drawn?: boolean; limit: number; cursor?: string }): Promise<Page<PenaltyFile>> {
    const where = new SqlWhere().add('campaign_id = ?', campaignId);
    if (f.drawn !== undefined) where.add(f.drawn ? `status <> 'pooled'` : `status = 'pooled'`);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'file_review.files', where, key: FILE_KEY, cursor: f.cursor, limit: f.limit });
    const problems = await this.problemsOfMany(em, page.rows.map((r) => r.id));
    return { items: page.rows.map((r) => toFile(r, problems.get(r.id) ?? [])), nextCursor: page.nextCursor };
  }

  /** A page of the problems of the campaign's reviewed files, with the file each was found in, by agency, category, file number and position. */
  async problemPage(em: EntityManager, campaignId: string, f: { limit: number; cursor?: string }): Promise<Page<ProblemRow>> {
    const page = await keysetPage<Row>(em, { ...problemQuery(campaignId), cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map(toProblemRow), nextCursor: page.nextCursor };
  }

  /** Every problem of the campaign, read page by page (the CSV download), in the problem list's order. */
  async *problemRows(em: EntityManager, campaignId: string): AsyncGenerator<ProblemRow> {
    for await (const r of keysetRows<Row>(em, { ...problemQuery(campaignId), limit: 1000 })) yield toProblemRow(r);
  }

  /** How many problems the campaign's reviews found per agency. */
  async problemsByAgency(em: EntityManager, campaignId: string): Promise<Map<string, number>> {
    const rows: Row[] = await em.query(
      `SELECT f.agency, count(*)::int AS problems FROM file_review.file_problems p JOIN file_review.files f ON f.id = p.file_id
        WHERE f.campaign_id = $1 GROUP BY f.agency`,
      [campaignId],
    );
    return new Map(rows.map((r) => [r.agency, r.problems]));
  }

  /** Reviewed files and problems per agency (agencies whose files are all clean appear too). */
  async reviewedByAgency(em: EntityManager, campaignId: string): Promise<Map<string, number>> {
    const rows: Row[] = await em.query(
      `SELECT agency, count(*)::int AS reviewed FROM file_review.files WHERE campaign_id = $1 AND status = 'reviewed' GROUP BY agency`,
      [campaignId],
    );
    return new Map(rows.map((r) => [r.agency, r.reviewed]));
  }

  private async problemsOf(em: EntityManager, fileId: string): Promise<Problem[]> {
    return (await this.problemsOfMany(em, [fileId])).get(fileId) ?? [];
  }

  private async problemsOfMany(em: EntityManager, fileIds: readonly string[]): Promise<Map<string, Problem[]>> {
    const out = new Map<string, Problem[]>();
    if (fileIds.length === 0) return out;
    const rows: Row[] = await em.query(
      `SELECT file_id, category, description FROM file_review.file_problems WHERE file_id = ANY($1::uuid[]) ORDER BY file_id, position`,
      [fileIds],
    );
    for (const r of rows) {
      const list = out.get(r.file_id) ?? [];
      list.push({ category: r.category, description: r.description });
      out.set(r.file_id, list);
    }
    return out;
  }
}
