import { CaseTable, ColumnValues, KeyColumn, keysetPage, Page, PersonalDataCipher, SqlWhere } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Review } from '../domain/review';
import { REVIEW_PERSONAL_COLUMNS as P } from './review-personal-data';

const COLUMNS = `id, channel, respondent_agency, matter, received_at, ${P.applicantName.encrypted}, ${P.applicantIdNumber.encrypted}, ${P.applicantPhone.encrypted}, status,
  accepted_at, due_at, extended_at, extension_days, rejected_at, rejection_reason, decided_at, decision, late, sequence,
  created_at, updated_at`;

type Row = Record<string, any>;

/** The reviews list's order and cursor: receipt time, then id. */
export const REVIEW_KEY: readonly KeyColumn[] = [
  { sql: 'received_at', part: { kind: 'timestamp' } },
  { sql: 'id', part: { kind: 'uuid' } },
];

/** A row as a review, its personal data decrypted. */
function toReview(r: Row, cipher: PersonalDataCipher): Review {
  const open = (c: (typeof P)[keyof typeof P]) => cipher.openOrNull(r[c.encrypted], c.field);
  return {
    id: r.id,
    channel: r.channel,
    respondentAgency: r.respondent_agency,
    matter: r.matter,
    receivedAt: r.received_at,
    applicantName: open(P.applicantName),
    applicantIdNumber: open(P.applicantIdNumber),
    applicantPhone: open(P.applicantPhone),
    status: r.status,
    acceptedAt: r.accepted_at,
    dueAt: r.due_at,
    extendedAt: r.extended_at,
    extensionDays: r.extension_days,
    rejectedAt: r.rejected_at,
    rejectionReason: r.rejection_reason,
    decidedAt: r.decided_at,
    decision: r.decision,
    late: r.late,
    sequence: r.sequence,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface ReviewFilter {
  status?: string;
  respondentAgency?: string;
  /** Only open reviews whose deadline is before this instant. */
  overdueAt?: Date;
  limit: number;
  cursor?: string;
}

/** Reviews in admin_review.reviews; the applicant's personal data is encrypted on the way in and decrypted on the way out. */
@Injectable()
export class ReviewRepository implements CaseTable<Review> {
  readonly entity = 'review';
  readonly table = 'admin_review.reviews';

  constructor(private readonly cipher: PersonalDataCipher) {}

  /** Every column of a new review, the applicant's name, ID number and phone sealed. */
  insertValues(r: Review): ColumnValues {
    return {
      id: r.id, channel: r.channel, respondent_agency: r.respondentAgency, matter: r.matter, received_at: r.receivedAt,
      [P.applicantName.encrypted]: this.cipher.sealOrNull(r.applicantName, P.applicantName.field),
      [P.applicantIdNumber.encrypted]: this.cipher.sealOrNull(r.applicantIdNumber, P.applicantIdNumber.field),
      [P.applicantPhone.encrypted]: this.cipher.sealOrNull(r.applicantPhone, P.applicantPhone.field),
      ...this.updateValues(r),
      created_at: r.createdAt,
    };
  }

  /** The columns a transition may change, and the new sequence. */
  updateValues(r: Review): ColumnValues {
    return {
      status: r.status, accepted_at: r.acceptedAt, due_at: r.dueAt, extended_at: r.extendedAt, extension_days: r.extensionDays,
      rejected_at: r.rejectedAt, rejection_reason: r.rejectionReason, decided_at: r.decidedAt, decision: r.decision, late: r.late,
      sequence: r.sequence, updated_at: r.updatedAt,
    };
  }

  /** What find reads, for the command runner's read of a case with its Idempotency-Key. */
  readonly columns = COLUMNS;

  fromRow(r: Row): Review {
    return toReview(r, this.cipher);
  }

  find(em: EntityManager, id: string): Promise<Review | null> {
    return this.findById(em, id);
  }

  async findById(em: EntityManager, id: string): Promise<Review | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM admin_review.reviews WHERE id = $1`, [id]);
    return rows.length ? toReview(rows[0], this.cipher) : null;
  }

  /** A page of reviews ordered by receivedAt then id, filtered; keyset-paged by cursor. */
  async list(em: EntityManager, f: ReviewFilter): Promise<Page<Review>> {
    const where = new SqlWhere();
    if (f.status) where.add('status = ?', f.status);
    if (f.respondentAgency) where.add('respondent_agency = ?', f.respondentAgency);
    if (f.overdueAt) where.add(`status IN ('accepted', 'extended') AND due_at < ?`, f.overdueAt);
    const page = await keysetPage<Row>(em, { select: COLUMNS, from: 'admin_review.reviews', where, key: REVIEW_KEY, cursor: f.cursor, limit: f.limit });
    return { items: page.rows.map((r) => toReview(r, this.cipher)), nextCursor: page.nextCursor };
  }

}
