import { KeyColumn, keysetPage, Page, PersonalDataCipher, SqlWhere } from '@casetrack/platform';
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
export class ReviewRepository {
  constructor(private readonly cipher: PersonalDataCipher) {}

  async insert(em: EntityManager, r: Review): Promise<void> {
    await em.query(
      `INSERT INTO admin_review.reviews (${COLUMNS}) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21)`,
      [
        r.id, r.channel, r.respondentAgency, r.matter, r.receivedAt,
        this.cipher.sealOrNull(r.applicantName, P.applicantName.field),
        this.cipher.sealOrNull(r.applicantIdNumber, P.applicantIdNumber.field),
        this.cipher.sealOrNull(r.applicantPhone, P.applicantPhone.field),
        r.status,
        r.acceptedAt, r.dueAt, r.extendedAt, r.extensionDays, r.rejectedAt, r.rejectionReason, r.decidedAt, r.decision, r.late,
        r.sequence, r.createdAt, r.updatedAt,
      ],
    );
  }

  /** Reads a review and locks its row until the transaction ends (serialises changes to one case). */
  async findForUpdate(em: EntityManager, id: string): Promise<Review | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM admin_review.reviews WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length ? toReview(rows[0], this.cipher) : null;
  }

  async findById(em: EntityManager, id: string): Promise<Review | null> {
    const rows: Row[] = await em.query(`SELECT ${COLUMNS} FROM admin_review.reviews WHERE id = $1`, [id]);
    return rows.length ? toReview(rows[0], this.cipher) : null;
  }

  /** Writes the fields a transition may change, and the new sequence. */
  async saveProgress(em: EntityManager, r: Review): Promise<void> {
    await em.query(
      `UPDATE admin_review.reviews SET status = $2, accepted_at = $3, due_at = $4, extended_at = $5, extension_days = $6,
         rejected_at = $7, rejection_reason = $8, decided_at = $9, decision = $10, late = $11, sequence = $12, updated_at = $13
       WHERE id = $1`,
      [r.id, r.status, r.acceptedAt, r.dueAt, r.extendedAt, r.extensionDays, r.rejectedAt, r.rejectionReason, r.decidedAt, r.decision, r.late, r.sequence, r.updatedAt],
    );
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
