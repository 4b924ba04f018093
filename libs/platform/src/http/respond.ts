import { CommandResponse } from '../idempotency/idempotency.store';

/** The reply methods a controller needs (Fastify's reply, passed through by Nest). */
export interface ReplyLike {
  status(code: number): unknown;
  header(name: string, value: string): unknown;
}

/** Sets the status of a command's response (and marks a replayed one) and returns its body. */
export function respond<T>(reply: ReplyLike, response: CommandResponse<T>): T {
  reply.status(response.status);
  if (response.replayed) reply.header('Idempotent-Replayed', 'true');
  return response.body;
}
