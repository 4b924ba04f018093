import { DomainError, Public } from '@casetrack/platform';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

export const CLIENT_DIR = Symbol('CLIENT_DIR');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

interface StaticReply {
  header(name: string, value: string): StaticReply;
  type(value: string): StaticReply;
  send(body: unknown): unknown;
}

/**
 * The pages (the Vite build of apps/web/client): a file of the build when the path names one,
 * otherwise index.html, so a deep link (/reports/2019) opens the page the client routes it to.
 * /api/… never falls back: an unknown API path stays a JSON 404. Fastify matches /api, /health and
 * /docs before this catch-all.
 */
@Public()
@ApiExcludeController()
@Controller()
export class ClientController {
  constructor(@Inject(CLIENT_DIR) private readonly dir: string) {}

  @Get('*')
  serve(@Req() request: { url: string }, @Res() reply: StaticReply): unknown {
    const path = decodeURIComponent(request.url.split('?')[0]);
    if (path === '/api' || path.startsWith('/api/')) throw new DomainError('WEB.NOT_FOUND', `no route GET ${path}`, 'not-found');
    const file = normalize(join(this.dir, path));
    const inside = file.startsWith(this.dir + sep);
    if (inside && existsSync(file) && statSync(file).isFile()) {
      // Hashed names under assets/ never change content: cache them for a year; everything else revalidates.
      reply.header('cache-control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      return reply.type(TYPES[extname(file)] ?? 'application/octet-stream').send(createReadStream(file));
    }
    if (path.startsWith('/assets/') || extname(path) !== '') throw new DomainError('WEB.NOT_FOUND', `no file ${path}`, 'not-found');
    const index = join(this.dir, 'index.html');
    if (!existsSync(index)) throw new DomainError('WEB.CLIENT_NOT_BUILT', 'the pages are not built: run npx vite build -c apps/web/client/vite.config.mts', 'unavailable');
    reply.header('cache-control', 'no-cache');
    return reply.type(TYPES['.html']).send(createReadStream(index));
  }
}
