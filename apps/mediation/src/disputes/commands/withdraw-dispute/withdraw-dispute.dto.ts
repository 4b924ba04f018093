import { IsText, TimestampField } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

export class WithdrawDisputeDto {
  @TimestampField('When the parties withdrew')
  withdrawnAt: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'Kept in this service only, never published' })
  @IsOptional()
  @IsText({ max: 500, multiline: true })
  reason?: string;
}
