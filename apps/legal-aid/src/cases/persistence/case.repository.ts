import { toSafeInteger } from '@casetrack/persistence';
import { isUuid } from '@casetrack/contracts';
import { CaseTable, ColumnValues, InvalidInputError, KeyColumn, keysetPage, Page, PersonalDataCipher, SqlWhere } from '@casetrack/platform';
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
export class CaseRepository implements CaseTable<LegalAidCase> {
  readonly entity = 'case';
  readonly table = 'legal_aid.cases';

  constructor(private readonly cipher: PersonalDataCipher) {}

  /** Every column of a new case, the applicant's name and ID number sealed. */
  insertValues(c: LegalAidCase): ColumnValues {
    return {
      id: c.id, applicant_groups: c.applicantGroups, case_type: c.caseType, matter: c.matter, channel: c.channel, green_channel: c.greenChannel,
      applied_at: c.appliedAt,
      [P.applicantName.encrypted]: this.cipher.sealOrNull(c.applicantName, P.applicantName.field),
      [P.applicantIdNumber.encrypted]: this.cipher.sealOrNull(c.applicantIdNumber, P.applicantIdNumber.field),
      ...this.updateValues(c),
      created_at: c.createdAt,
    };
  }

  /** The columns a decision, an assignment, a closure or a correction writes, and the new sequence. */
  updateValues(c: LegalAidCase): ColumnValues {
    return {
      status: c.status, accepted_at: c.acceptedAt, rejected_at: c.rejectedAt, rejection_reason: c.rejectionReason, assigned_at: c.assignedAt,
      law_firm: c.lawFirm, lawyer: c.lawyer, closed_at: c.closedAt, result: c.result, benefit_fen: c.benefitFen, sequence: c.sequence, updated_at: c.updatedAt,
    };
  }

  /** What find reads, for the command runner's read of a case with its Idempotency-Key. */
  readonly columns = COLUMNS;

  fromRow(r: Row): LegalAidCase {
    return toCase(r, this.cipher);
  }

  find(em: EntityManager, id: string): Promise<LegalAidCase | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<LegalAidCase | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM legal_aid.cases WHERE id = $1`, [id]);
    return rows.length ? toCase(rows[0], this.cipher) : null;
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
