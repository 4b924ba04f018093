import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator';
import { HEALTH_CHECKS, HealthCheck, HealthCheckFailure } from './health-check';
import { HealthCheckResultDto, HealthReportDto, LivenessDto } from './health-report.dto';
import { CheckOutcome, summarizeHealth } from './health-summary';

interface Reply {
  status(code: number): unknown;
}

/**
 * GET /health (every dependency: 503 naming what is down; a degraded check is named with 200),
 * GET /health/live (the process answers) and GET /health/ready (it can do its job: 503 only for a
 * check it cannot work without; Kafka down is degraded). Need no token (probes have none).
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
  async health(@Res({ passthrough: true }) reply: Reply) {
    return this.answer(reply, 'summary');
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers (no dependency is checked); restart it when this fails', security: [] })
  @ApiResponse({ status: 200, type: LivenessDto, description: 'The process is alive' })
  live(): LivenessDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary:
      'Readiness: the service can do its job (the database; reporting: a live consumer that is not stalled). Kafka down is degraded, still 200: case services keep taking writes (the outbox holds the events)',
    security: [],
  })
  @ApiResponse({ status: 200, type: HealthReportDto, description: 'Ready; a degraded check (e.g. kafka) is named in the body' })
  @ApiResponse({ status: 503, type: HealthReportDto, description: 'Not ready: the body names the check that is down' })
  async ready(@Res({ passthrough: true }) reply: Reply) {
    return this.answer(reply, 'readiness');
  }

  private async answer(reply: Reply, mode: 'summary' | 'readiness') {
    const { httpStatus, body } = summarizeHealth(await Promise.all(this.checks.map((c) => runCheck(c))), mode);
    reply.status(httpStatus);
    return body;
  }
}

async function runCheck(c: HealthCheck): Promise<CheckOutcome> {
  const started = Date.now();
  const whenDown = c.whenDown ?? 'not-ready';
  try {
    const report = await withTimeout(c.check(), 2_000, `${c.name} did not answer within 2 s`);
    const ms = Date.now() - started;
    if (report?.degraded) return { name: c.name, detail: report.detail, status: 'degraded', ms, message: report.degraded, whenDown };
    return { name: c.name, detail: report?.detail, status: 'up', ms, whenDown };
  } catch (err) {
    const detail = err instanceof HealthCheckFailure ? err.detail : undefined;
    return { name: c.name, detail, status: 'down', ms: Date.now() - started, error: (err as Error).message, whenDown };
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
