import { ADMINISTRATIVE_MATTERS, AdministrativeMatter, APPEARED_ROLES, AppearedRole, LAWSUIT_OUTCOMES, LAWSUIT_STATUSES, LawsuitOutcome, LawsuitStatus } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Hearing, Lawsuit } from '../../domain/lawsuit';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;

/** A hearing as the API shows it (the OpenAPI schema). */
export class HearingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) lawsuitId: string;
  @ApiProperty(ZONED) heldAt: string;
  @ApiProperty() headAppeared: boolean;
  @ApiProperty({ enum: APPEARED_ROLES, nullable: true, description: 'Set exactly when headAppeared' }) appearedRole: AppearedRole | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A lawsuit as the API shows it (the OpenAPI schema); `hearings` only in the answer about one lawsuit. */
export class LawsuitView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(ZONED) filedAt: string;
  @ApiProperty() defendantAgency: string;
  @ApiProperty() court: string;
  @ApiProperty({ enum: ADMINISTRATIVE_MATTERS }) matter: AdministrativeMatter;
  @ApiProperty({ enum: LAWSUIT_STATUSES }) status: LawsuitStatus;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) decidedAt: string | null;
  @ApiProperty({ enum: LAWSUIT_OUTCOMES, nullable: true }) outcome: LawsuitOutcome | null;
  @ApiProperty({ type: 'integer' }) hearingCount: number;
  @ApiPropertyOptional({ type: [HearingView], description: 'In answers about one lawsuit (GET, filing, judgment); lists leave it out' }) hearings?: HearingView[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A hearing as the API shows it, times in the district's zone. */
export function toHearingView(h: Hearing, timeZone: string): HearingView {
  return {
    id: h.id,
    lawsuitId: h.lawsuitId,
    heldAt: formatInZone(h.heldAt, timeZone),
    headAppeared: h.headAppeared,
    appearedRole: h.appearedRole,
    createdAt: h.createdAt.toISOString(),
  };
}

/** A lawsuit as the API shows it; with its hearings when they are given (one lawsuit), without in lists. */
export function toLawsuitView(l: Lawsuit, timeZone: string, hearings?: readonly Hearing[]): LawsuitView {
  return {
    id: l.id,
    filedAt: formatInZone(l.filedAt, timeZone),
    defendantAgency: l.defendantAgency,
    court: l.court,
    matter: l.matter,
    status: l.status,
    decidedAt: l.decidedAt === null ? null : formatInZone(l.decidedAt, timeZone),
    outcome: l.outcome,
    hearingCount: l.hearingCount,
    ...(hearings ? { hearings: hearings.map((h) => toHearingView(h, timeZone)) } : {}),
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
}
