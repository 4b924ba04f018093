import { BusinessTime, IsText, IsTimestamp } from '@casetrack/platform';
import { COMMITTEE_FIELDS, COMMITTEE_KINDS, CommitteeField, CommitteeKind } from '@casetrack/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class CreateCommitteeDto {
  @ApiProperty({ description: 'Unique code of the committee or station', example: 'SPB-POLICE-01', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' })
  @IsText({ max: 50 })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'code may contain letters, digits, dot, underscore and hyphen only' })
  code: string;

  @ApiProperty({ example: '沙坪坝区医疗纠纷人民调解委员会' })
  @IsText({ max: 200 })
  name: string;

  @ApiProperty({ enum: COMMITTEE_KINDS })
  @IsIn(COMMITTEE_KINDS)
  kind: CommitteeKind;

  @ApiPropertyOptional({ enum: COMMITTEE_FIELDS, description: 'Required for, and only for, kind professional' })
  @IsOptional()
  @IsIn(COMMITTEE_FIELDS)
  field?: CommitteeField;

  @ApiPropertyOptional({ description: 'When the committee was set up (default: now); reports count committees in place at year end', example: '2018-01-01T00:00:00+08:00' })
  @IsOptional()
  @IsTimestamp()
  @BusinessTime()
  establishedAt?: string;
}
