import { toSafeInteger } from '@casetrack/persistence';
import { isUuid } from '@casetrack/contracts';
import { InvalidInputError, KeyColumn, keysetPage, Page, PersonalDataCipher, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LegalAidCase } from '../domain/legal-aid-case';
import { CASE_PERSONAL_COLUMNS as P } from './case-personal-data';

const COLUMNS = `id, applicant_groups, case_type, matter, channel, green_channel, applied_at, ${P.applicantName.encrypted}, ${P.applicantIdNumber.encrypted},
  status, accepted_at, rejected_at, rejection_reason, assigned_at, law_firm, lawyer, closed_at, result, benefit_fen,
  sequence, created_at, updated_at`;

type Row = Record<string, any>;

/** The cases list's order and cursor: application time, then id. */
export const CASE_KEY: readonly KeyColumn[] = [
  { sql: 'applied_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

/** A row as a case, its personal data decrypted. */
function toCase(r: Row, cipher: PersonalDataCipher): LegalAidCase {
  return {
    id: r.id,
    applicantGroups: r.applicant_groups,
    caseType: r.case_type,
    matter: r.matter,
    channel: r.channel,
    greenChannel: r.green_channel,
    appliedAt: r.applied_at,
    applicantName: cipher.openOrNull(r[P.applicantName.encrypted], P.applicantName.field),
    applicantIdNumber: cipher.openOrNull(r[P.applicantIdNumber.encrypted], P.applicantIdNumber.field),
    status: r.status,
    acceptedAt: r.accepted_at,
    rejectedAt: r.rejected_at,
    rejectionReason: r.rejection_reason,
    assignedAt: r.assigned_at,
    lawFirm: r.law_firm,
    lawyer: r.lawyer,
    closedAt: r.closed_at,
    result: r.result,
    benefitFen: r.benefit_fen === null ? null : toSafeInteger(r.benefit_fen),
    sequence: r.sequence,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface CaseFilter {
  status?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

/** Legal aid cases in legal_aid.cases; the applicant's personal data is encrypted on the way in and decrypted on the way out. */
@Injectable()
export class CaseRepository {
  constructor(private readonly cipher: PersonalDataCipher) {}

  async insert(em: EntityManager, c: LegalAidCase): Promise<void> {
    await em.query(
      `INSERT INTO legal_aid.cases (${COLUMNS}) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22)`,
      [
        c.id, c.applicantGroups, c.caseType, c.matter, c.channel, c.greenChannel, c.appliedAt,
        this.cipher.sealOrNull(c.applicantName, P.applicantName.field), this.cipher.sealOrNull(c.applicantIdNumber, P.applicantIdNumber.field),
        c.status, c.acceptedAt, c.rejectedAt, c.rejectionReason, c.assignedAt, c.lawFirm, c.lawyer, c.closedAt, c.result, c.benefitFen,
        c.sequence, c.createdAt, c.updatedAt,
      ],
    );
  }

  /** Reads a case and locks its row until the transaction ends (serialises changes to one case). */
  async findForUpdate(em: EntityManager, id: string): Promise<LegalAidCase | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_aid.cases WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length ? toCase(rows[0], this.cipher) : null;
  }

  async findById(em: EntityManager, id: string): Promise<LegalAidCase | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_aid.cases WHERE id = $1`, [id]);
    return rows.length ? toCase(rows[0], this.cipher) : null;
  }

  /** Writes the fields a decision, an assignment or a closure changes, and the new sequence. */
  async saveProgress(em: EntityManager, c: LegalAidCase): Promise<void> {
    await em.query(
      `UPDATE legal_aid.cases SET status = $2, accepted_at = $3, rejected_at = $4, rejection_reason = $5, assigned_at = $6,
         law_firm = $7, lawyer = $8, closed_at = $9, result = $10, benefit_fen = $11, sequence = $12, updated_at = $13 WHERE id = $1`,
      [c.id, c.status, c.acceptedAt, c.rejectedAt, c.rejectionReason, c.assignedAt, c.lawFirm, c.lawyer, c.closedAt, c.result, c.benefitFen, c.sequence, c.updatedAt],
    );
  }

  /** A page of cases ordered by appliedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: CaseFilter): Promise<Page<LegalAidCase>> {
    const where = new SqlWhere();
    if (f.status) where.add('status = ?', f.status);
    if (f.from) where.add('applied_at >= ?', f.from);
    if (f.to) where.add('applied_at < ?', f.to);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'legal_aid.cases', where, key: CASE_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map((r) => toCase(r, this.cipher)), nextCursor: page.nextCursor };
  }

}
