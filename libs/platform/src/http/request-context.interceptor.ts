import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { runAsActor } from '../auth/actor-context';
import { requestActor } from '../auth/auth.guard';
import { requestTrace } from '../logging/request-logging';
import { runInTrace } from '../logging/trace-context';

/**
 * Runs the route handler (and everything it awaits) within its request's trace and as the actor
 * the guard verified, so the lines it logs carry the trace id, the events it writes carry its
 * `traceparent`, and code deep in a command reads the actor with currentActor() without passing it
 * down. One interceptor for both: each interceptor costs Nest an AsyncResource.bind and an
 * Observable per request.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<object>();
    const trace = requestTrace(request);
    const actor = requestActor(request);
    // Nest binds the handler's async context when handle() is called, i.e. inside both runs.
    const asActor = actor ? () => runAsActor(actor, () => next.handle()) : () => next.handle();
    return trace ? runInTrace(trace, asActor) : asActor();
  }
}
