import {
  AGREEMENT_FORMS, AgreementForm, COMMITTEE_FIELDS, COMMITTEE_KINDS, CommitteeField, CommitteeKind, DISPUTE_CATEGORIES, DISPUTE_SOURCES,
  DISPUTE_STATUSES, DisputeCategory, DisputeSource, DisputeStatus, MEDIATION_RESULTS, MediationResult,
} from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Dispute } from '../../domain/dispute';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;

/** A dispute as the API shows it (the OpenAPI schema of every dispute answer). */
export class DisputeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() committeeCode: string;
  @ApiProperty({ enum: COMMITTEE_KINDS }) committeeKind: CommitteeKind;
  @ApiProperty({ enum: COMMITTEE_FIELDS, nullable: true }) committeeField: CommitteeField | null;
  @ApiProperty({ enum: DISPUTE_CATEGORIES }) category: DisputeCategory;
  @ApiProperty({ enum: DISPUTE_SOURCES }) source: DisputeSource;
  @ApiProperty(ZONED) receivedAt: string;
  @ApiProperty({ type: 'integer' }) partyCount: number;
  @ApiProperty({ type: String, nullable: true }) summary: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Fen' }) amountInvolvedFen: number | null;
  @ApiProperty({ enum: DISPUTE_STATUSES }) status: DisputeStatus;
  @ApiProperty({ enum: MEDIATION_RESULTS, nullable: true }) result: MediationResult | null;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) concludedAt: string | null;
  @ApiProperty({ enum: AGREEMENT_FORMS, nullable: true }) agreement: AgreementForm | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Fen' }) agreementAmountFen: number | null;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) withdrawnAt: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A dispute as the API shows it: every field, times in the district's zone. */
export function toDisputeView(d: Dispute, timeZone: string): DisputeView {
  const t = (x: Date | null) => (x === null ? null : formatInZone(x, timeZone));
  return {
    id: d.id,
    committeeCode: d.committeeCode,
    committeeKind: d.committeeKind,
    committeeField: d.committeeField,
    category: d.category,
    source: d.source,
    receivedAt: formatInZone(d.receivedAt, timeZone),
    partyCount: d.partyCount,
    summary: d.summary,
    amountInvolvedFen: d.amountInvolvedFen,
    status: d.status,
    result: d.result,
    concludedAt: t(d.concludedAt),
    agreement: d.agreement,
    agreementAmountFen: d.agreementAmountFen,
    withdrawnAt: t(d.withdrawnAt),
    withdrawalReason: d.withdrawalReason,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}
