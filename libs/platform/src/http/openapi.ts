import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath, OpenAPIObject } from '@nestjs/swagger';
import { ErrorBody, STATUS_TEXT } from './error-body';

/** One bad field of a validation error. */
export class FieldProblemDto {
  @ApiProperty({ description: 'The field path, e.g. `files[2].decidedAt`', example: 'receivedAt' })
  field: string;

  @ApiProperty({ type: [String] })
  problems: string[];
}

/** The body of every error response, as the OpenAPI documents describe it. */
export class ErrorBodyDto implements ErrorBody {
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ description: 'A fixed code the client can act on', example: 'VALIDATION_FAILED' })
  code: string;

  @ApiProperty({ example: 'receivedAt: must be an ISO 8601 timestamp with an offset' })
  message: string;

  @ApiPropertyOptional({ type: [FieldProblemDto], description: 'For validation errors: one entry per bad field' })
  fields?: FieldProblemDto[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Facts of a domain error (e.g. the current status)' })
  details?: Record<string, unknown>;
}

const ERROR_MEANING: Record<number, string> = {
  400: 'The request is invalid; the message and fields name the problem',
  401: 'No valid bearer token',
  403: "The token's role or unit may not do this",
  404: 'No such resource',
  409: 'Not allowed in the current state of the resource',
  413: 'The body is larger than 1 MiB',
  415: 'The body is not application/json',
  422: 'The Idempotency-Key was used with another request, or the event the request would publish breaks its contract',
  503: 'A dependency (the database) is unavailable; retrying later is safe',
};

/** Documents the error responses an operation can give, all with the one error body: `@ApiErrors(400, 404, 409)`. */
export function ApiErrors(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: ERROR_MEANING[status] ?? STATUS_TEXT[status], type: ErrorBodyDto })),
  );
}

/** Documents a list answer `{ items: T[], nextCursor }` with the given item class. */
export function ApiPageResponse(item: Type<unknown>, description = 'One page; nextCursor is null on the last page'): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(item),
    ApiResponse({
      status: 200,
      description,
      schema: {
        type: 'object',
        required: ['items', 'nextCursor'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(item) } },
          nextCursor: { type: 'string', nullable: true, description: 'Pass as cursor for the next page; null on the last page' },
        },
      },
    }),
  );
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
const ERROR_REF = { $ref: getSchemaPath(ErrorBodyDto) };

/**
 * Adds to every operation of the document the error responses the platform itself gives, so no
 * controller has to list them: 401 and 403 on every route that needs a token, 413 and 415 on every
 * route that takes a body, 422 on every route that takes an Idempotency-Key.
 */
export function addPlatformResponses(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const statuses: number[] = [];
      // An operation without its own security uses the document's (bearer); `security: []` is public.
      if (!op.security || op.security.length > 0) statuses.push(401, 403);
      if (op.requestBody) statuses.push(413, 415);
      if ((op.parameters ?? []).some((p) => 'in' in p && p.in === 'header' && p.name.toLowerCase() === 'idempotency-key')) statuses.push(422);
      for (const status of statuses)
        op.responses[status] ??= { description: ERROR_MEANING[status], content: { 'application/json': { schema: ERROR_REF } } };
    }
  }
  return document;
}
