import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator';
import { HEALTH_CHECKS, HealthCheck } from './health-check';

/** GET /health: 200 when every dependency answers, 503 naming what is down. Needs no token (probes have none). */
@Public()
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[]) {}

  @Get()
  @ApiOperation({ summary: 'Checks the database and Kafka; 503 naming what is down', security: [] })
  async health(@Res({ passthrough: true }) reply: { status(code: number): unknown }) {
    const results = await Promise.all(
      this.checks.map(async (c) => {
        const started = Date.now();
        try {
          await withTimeout(c.check(), 2_000, `${c.name} did not answer within 2 s`);
          return { name: c.name, status: 'up' as const, ms: Date.now() - started };
        } catch (err) {
          return { name: c.name, status: 'down' as const, ms: Date.now() - started, error: (err as Error).message };
        }
      }),
    );
    const down = results.filter((r) => r.status === 'down').map((r) => r.name);
    reply.status(down.length === 0 ? 200 : 503);
    return {
      status: down.length === 0 ? 'ok' : 'down',
      ...(down.length > 0 ? { down, message: `${down.join(' and ')} ${down.length > 1 ? 'are' : 'is'} down` } : {}),
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
