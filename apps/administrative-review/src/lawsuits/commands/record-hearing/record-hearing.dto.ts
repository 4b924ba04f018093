import { APPEARED_ROLES, AppearedRole } from '@casetrack/contracts';
import { TimestampField } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

export class RecordHearingDto {
  @TimestampField('When the hearing was held (not before filedAt); reports count hearings by this time')
  heldAt: string;

  @ApiProperty({ description: 'Whether the head of the defendant agency (or a district government leader) appeared in court' })
  @IsBoolean()
  headAppeared: boolean;

  @ApiPropertyOptional({ enum: APPEARED_ROLES, description: 'Who appeared: required when headAppeared is true, refused when it is false' })
  @IsOptional()
  @IsIn(APPEARED_ROLES)
  appearedRole?: AppearedRole;
}
