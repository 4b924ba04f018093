import { TimestampField } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class WithdrawDisputeDto {
  @TimestampField('When the parties withdrew')
  withdrawnAt: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'Kept in this service only, never published' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}
