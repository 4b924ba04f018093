import { IsTimestamp } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

export class AdviserCoverageQuery {
  @ApiPropertyOptional({ description: 'The instant coverage is counted at (default now), with its offset', example: '2019-12-31T23:59:59+08:00' })
  @IsOptional()
  @IsTimestamp()
  at?: string;
}
