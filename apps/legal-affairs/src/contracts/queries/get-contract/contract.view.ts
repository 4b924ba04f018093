import { CONTRACT_KINDS, CONTRACT_STATUSES, ContractKind, ContractStatus, REVIEW_OPINIONS, ReviewOpinion } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { GovernmentContract } from '../../domain/contract';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;

/** A government contract under legality review as the API shows it (the OpenAPI schema). */
export class ContractView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The district unit that submitted it' }) unit: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: CONTRACT_KINDS }) kind: ContractKind;
  @ApiProperty({ type: 'integer', description: "The contract's amount, in fen" }) amountFen: number;
  @ApiProperty(ZONED) submittedAt: string;
  @ApiProperty({ enum: CONTRACT_STATUSES }) status: ContractStatus;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) reviewedAt: string | null;
  @ApiProperty({ enum: REVIEW_OPINIONS, nullable: true }) opinion: ReviewOpinion | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A contract as the API shows it, times in the district's zone. */
export function toContractView(c: GovernmentContract, timeZone: string): ContractView {
  return {
    id: c.id,
    unit: c.unit,
    title: c.title,
    kind: c.kind,
    amountFen: c.amountFen,
    submittedAt: formatInZone(c.submittedAt, timeZone),
    status: c.status,
    reviewedAt: c.reviewedAt === null ? null : formatInZone(c.reviewedAt, timeZone),
    opinion: c.opinion,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
