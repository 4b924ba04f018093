import { PERFORMANCE_RESULTS, PerformanceResult } from '@casetrack/contracts';
import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class ConcludePerformanceSupervisionDto {
  @TimestampField('When the supervision ended; not before it started (startedAt)')
  concludedAt: string;

  @ApiProperty({ enum: PERFORMANCE_RESULTS, description: 'performed by the agency, enforced by the court (强制执行), or other' })
  @IsIn(PERFORMANCE_RESULTS)
  result: PerformanceResult;
}
