import { AGENDA_MEETING_KINDS, AgendaMeetingKind } from '@casetrack/contracts';
import { IsTimestamp, PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ListAgendaMeetingsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AGENDA_MEETING_KINDS })
  @IsOptional()
  @IsIn(AGENDA_MEETING_KINDS)
  kind?: AgendaMeetingKind;

  @ApiPropertyOptional({ description: 'heldAt at or after this time' })
  @IsOptional()
  @IsTimestamp()
  from?: string;

  @ApiPropertyOptional({ description: 'heldAt before this time' })
  @IsOptional()
  @IsTimestamp()
  to?: string;
}
