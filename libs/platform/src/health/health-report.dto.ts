import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

/** One dependency's answer in GET /health; a check may add facts of its own (e.g. a consumer's lag). */
export class HealthCheckResultDto {
  @ApiProperty({ enum: ['up', 'degraded', 'down'] })
  status: 'up' | 'degraded' | 'down';

  @ApiProperty({ type: 'integer', description: 'How long the check took' })
  ms: number;

  @ApiPropertyOptional({ description: 'Why it is degraded' })
  message?: string;

  @ApiPropertyOptional({ description: 'Why it is down' })
  error?: string;
}

/** The body of GET /health and GET /health/ready, with 200 and with 503. */
export class HealthReportDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] })
  status: 'ok' | 'degraded' | 'down';

  @ApiPropertyOptional({ type: [String], description: 'The checks that are down' })
  down?: string[];

  @ApiPropertyOptional({ type: [String], description: 'The checks that are degraded' })
  degraded?: string[];

  @ApiPropertyOptional({ example: 'kafka is down' })
  message?: string;

  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(HealthCheckResultDto) }, description: 'By check name (database, kafka, …)' })
  checks: Record<string, HealthCheckResultDto>;
}

/** The body of GET /health/live. */
export class LivenessDto {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';
}
