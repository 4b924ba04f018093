import {
  ADMINISTRATIVE_MATTERS, AdministrativeMatter, APPEARED_ROLES, AppearedRole, LAWSUIT_OUTCOMES, LAWSUIT_STATUSES, LawsuitOutcome, LawsuitStatus,
  PERFORMANCE_RESULTS, PERFORMANCE_STATUSES, PerformanceResult, PerformanceStatus, SUGGESTION_STATUSES, SuggestionStatus,
} from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JudicialSuggestion } from '../../domain/judicial-suggestion';
import { Hearing, Lawsuit, PerformanceSupervision } from '../../domain/lawsuit';

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

/** The supervision of the judgment's performance (督促履行生效法院判决) as the API shows it. */
export class PerformanceSupervisionView {
  @ApiProperty({ enum: PERFORMANCE_STATUSES }) status: PerformanceStatus;
  @ApiProperty({ ...ZONED, description: 'When the judgment became effective (生效)' }) judgmentEffectiveAt: string;
  @ApiProperty(ZONED) startedAt: string;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) concludedAt: string | null;
  @ApiProperty({ enum: PERFORMANCE_RESULTS, nullable: true }) result: PerformanceResult | null;
}

/** A judicial suggestion (司法建议) as the API shows it. */
export class JudicialSuggestionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) lawsuitId: string;
  @ApiProperty({ description: 'The court that made the suggestion' }) court: string;
  @ApiProperty(ZONED) receivedAt: string;
  @ApiProperty({ enum: SUGGESTION_STATUSES }) status: SuggestionStatus;
  @ApiProperty({ ...ZONED, type: String, nullable: true, description: 'When the office began supervising its handling (督办)' }) supervisedAt: string | null;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) answeredAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
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
  @ApiProperty({ type: PerformanceSupervisionView, nullable: true, description: 'Null until the performance of the judgment is supervised' })
  performanceSupervision: PerformanceSupervisionView | null;
  @ApiPropertyOptional({ type: [HearingView], description: 'In answers about one lawsuit (GET, filing, judgment, supervision); lists leave it out' }) hearings?: HearingView[];
  @ApiPropertyOptional({ type: [JudicialSuggestionView], description: 'In answers about one lawsuit, oldest first; lists leave it out' })
  judicialSuggestions?: JudicialSuggestionView[];
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

const zoned = (d: Date | null, timeZone: string) => (d === null ? null : formatInZone(d, timeZone));

function toPerformanceView(p: PerformanceSupervision, timeZone: string): PerformanceSupervisionView {
  return {
    status: p.status,
    judgmentEffectiveAt: formatInZone(p.judgmentEffectiveAt, timeZone),
    startedAt: formatInZone(p.startedAt, timeZone),
    concludedAt: zoned(p.concludedAt, timeZone),
    result: p.result,
  };
}

/** A judicial suggestion as the API shows it, times in the district's zone. */
export function toSuggestionView(s: JudicialSuggestion, timeZone: string): JudicialSuggestionView {
  return {
    id: s.id,
    lawsuitId: s.lawsuitId,
    court: s.court,
    receivedAt: formatInZone(s.receivedAt, timeZone),
    status: s.status,
    supervisedAt: zoned(s.supervisedAt, timeZone),
    answeredAt: zoned(s.answeredAt, timeZone),
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** A lawsuit as the API shows it; with its hearings and judicial suggestions when they are given (one lawsuit), without in lists. */
export function toLawsuitView(l: Lawsuit, timeZone: string, parts?: { hearings: readonly Hearing[]; suggestions: readonly JudicialSuggestion[] }): LawsuitView {
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
    performanceSupervision: l.performance ? toPerformanceView(l.performance, timeZone) : null,
    ...(parts
      ? { hearings: parts.hearings.map((h) => toHearingView(h, timeZone)), judicialSuggestions: parts.suggestions.map((s) => toSuggestionView(s, timeZone)) }
      : {}),
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
}
