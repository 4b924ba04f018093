import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator';
import { HEALTH_CHECKS, HealthCheck, HealthCheckFailure } from './health-check';
import { HealthCheckResultDto, HealthReportDto } from './health-report.dto';

/**
 * GET /health: 200 when every dependency answers, 503 naming what is down; a degraded check (e.g. a
 * stalled rebuild) is named in the body with 200. Needs no token (probes have none).
 */
@Public()
@ApiTags('health')
@ApiExtraModels(HealthCheckResultDto)
@Controller('health')
export class HealthController {
  constructor(@Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[]) {}

  @Get()
  @ApiOperation({ summary: 'Checks the database, Kafka and what the service adds (reporting: its consumers); 503 naming what is down', security: [] })
  @ApiResponse({ status: 200, type: HealthReportDto, description: 'Every dependency answers (a degraded one is named)' })
  @ApiResponse({ status: 503, type: HealthReportDto, description: 'A dependency is down; the body names it' })
  async health(@Res({ passthrough: true }) reply: { status(code: number): unknown }) {
    const results = await Promise.all(
      this.checks.map(async (c) => {
        const started = Date.now();
        try {
          const report = await withTimeout(c.check(), 2_000, `${c.name} did not answer within 2 s`);
          const ms = Date.now() - started;
          if (report?.degraded) return { name: c.name, ...report.detail, status: 'degraded' as const, ms, message: report.degraded };
          return { name: c.name, ...report?.detail, status: 'up' as const, ms };
        } catch (err) {
          const detail = err instanceof HealthCheckFailure ? err.detail : {};
          return { name: c.name, ...detail, status: 'down' as const, ms: Date.now() - started, error: (err as Error).message };
        }
      }),
    );
    const down = results.filter((r) => r.status === 'down').map((r) => r.name);
    const degraded = results.filter((r) => r.status === 'degraded').map((r) => r.name);
    reply.status(down.length === 0 ? 200 : 503);
    const names = (list: string[], what: string) => `${list.join(' and ')} ${list.length > 1 ? 'are' : 'is'} ${what}`;
    return {
      status: down.length > 0 ? 'down' : degraded.length > 0 ? 'degraded' : 'ok',
      ...(down.length > 0 ? { down } : {}),
      ...(degraded.length > 0 ? { degraded } : {}),
      ...(down.length + degraded.length > 0 ? { message: [down.length > 0 && names(down, 'down'), degraded.length > 0 && names(degraded, 'degraded')].filter(Boolean).join('; ') } : {}),
      checks: Object.fromEntries(results.map(({ name, ...rest }) => [name, rest])),
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]);
}
