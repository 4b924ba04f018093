import { EventContractViolationError } from '@casetrack/messaging';
import { BadRequestException, ConflictException, NotFoundException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { DomainError, InvalidInputError, InvalidTransitionError, NotFoundError } from '../errors/domain-error';
import { isDatabaseUnavailable, toErrorBody } from './exception.filter';

describe('toErrorBody (every error becomes one response shape, mapped in this one place)', () => {
  it.each([
    ['an invalid-input', 400, new InvalidInputError('DISPUTE.CONCLUDED_BEFORE_RECEIVED', 'concludedAt', 'concludedAt: too early')],
    ['a not-found', 404, new NotFoundError('dispute', 'abc')],
    ['an invalid-transition', 409, new InvalidTransitionError('dispute', 'conclude', 'succeeded')],
    ['an idempotency-mismatch', 422, new DomainError('IDEMPOTENCY_KEY.REUSED', 'reused', 'idempotency-mismatch')],
    ['an unavailable', 503, new DomainError('KAFKA.DOWN', 'down', 'unavailable')],
  ])('maps %s domain error to %p with its code and details', (_, status, err) => {
    expect(toErrorBody(err)).toEqual({ statusCode: status, error: expect.any(String), code: err.code, message: err.message, details: err.details });
  });

  it('names the status in a 409', () => {
    expect(toErrorBody(new InvalidTransitionError('dispute', 'withdraw', 'failed'))).toMatchObject({
      statusCode: 409,
      code: 'DISPUTE.INVALID_TRANSITION',
      message: 'cannot withdraw a dispute whose status is failed',
      details: { status: 'failed' },
    });
  });

  it('writes the article by sound: an engagement, a unit', () => {
    expect(new InvalidTransitionError('engagement', 'end', 'ended').message).toBe('cannot end an engagement whose status is ended');
    expect(new InvalidTransitionError('unit', 'dissolve', 'dissolved').message).toBe('cannot dissolve a unit whose status is dissolved');
  });

  it('passes a validation body through unchanged', () => {
    const body = { statusCode: 400, error: 'Bad Request', code: 'VALIDATION_FAILED', message: 'x: bad', fields: [{ field: 'x', problems: ['bad'] }] };
    expect(toErrorBody(new BadRequestException(body))).toBe(body);
  });

  it('gives other HTTP exceptions a code from their status', () => {
    expect(toErrorBody(new NotFoundException('Cannot GET /nowhere'))).toMatchObject({ statusCode: 404, code: 'HTTP_404', message: 'Cannot GET /nowhere' });
    expect(toErrorBody(new ConflictException('taken'))).toMatchObject({ statusCode: 409, code: 'HTTP_409', message: 'taken' });
  });

  it('answers malformed JSON, whoever caught it, with MALFORMED_JSON', () => {
    expect(toErrorBody({ statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY', message: 'Body is not valid JSON' })).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON' });
    expect(toErrorBody({ statusCode: 400, code: 'FST_ERR_CTP_EMPTY_JSON_BODY', message: 'empty' })).toMatchObject({ code: 'MALFORMED_JSON' });
    expect(toErrorBody(new BadRequestException('Unexpected token } in JSON at position 10'))).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON' });
    expect(toErrorBody(new SyntaxError('Unexpected end of JSON input'))).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON' });
  });

  it('answers a wrong content type with 415 naming the type sent, however the error arrives', () => {
    const fastify = { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', message: 'Unsupported Media Type' };
    for (const err of [fastify, new UnsupportedMediaTypeException('Unsupported Media Type')])
      expect(toErrorBody(err, { contentType: 'text/plain; charset=utf-8' })).toEqual({
        statusCode: 415,
        error: 'Unsupported Media Type',
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'Content-Type "text/plain; charset=utf-8" is not accepted; send the body as application/json',
      });
    expect(toErrorBody(fastify).message).toBe('a body without a Content-Type is not accepted; send the body as application/json');
  });

  it('answers a body too large with 413 naming the limit, however the error arrives', () => {
    for (const err of [{ statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE', message: 'Request body is too large' }, new PayloadTooLargeException()])
      expect(toErrorBody(err)).toEqual({ statusCode: 413, error: 'Payload Too Large', code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('1048576 bytes') });
  });

  it('answers 503 when the database is unreachable, and 500 without detail for anything else', () => {
    expect(toErrorBody(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE' });
    const internal = toErrorBody(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(internal).toEqual({ statusCode: 500, error: 'Internal Server Error', code: 'INTERNAL', message: 'internal error' });
  });
});

describe('isDatabaseUnavailable', () => {
  it.each([
    [{ code: 'ECONNREFUSED' }],
    [{ driverError: { code: '57P01' } }],
    // "sorry, too many clients already", from pg-pool's connect.
    [Object.assign(new Error('sorry, too many clients already'), { code: '53300' })],
    [new Error('Connection terminated unexpectedly')],
    [new Error('timeout exceeded when trying to connect')],
    [new Error('the database system is starting up')],
    // TypeORM's errors for a transaction whose connection broke (a PostgreSQL restart mid-request).
    [new Error('Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.')],
    [new Error('Query runner already released. Cannot run queries anymore.')],
  ])('is true for %p', (err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([[{ code: '23505' }], [new Error('duplicate key value violates unique constraint')], [null], [undefined]])('is false for %p', (err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe('toErrorBody for an event that would break its contract', () => {
  it('answers 422 EVENT.CONTRACT_VIOLATION naming each payload field with its problems', () => {
    const err = new EventContractViolationError('admin-review.review.received', [
      'payload.respondentAgency must be 1–200 characters long',
      'event.actorId must not be blank',
    ]);
    expect(toErrorBody(err)).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'EVENT.CONTRACT_VIOLATION',
      message: expect.stringContaining('payload.respondentAgency must be 1–200 characters long'),
      fields: [
        { field: 'respondentAgency', problems: ['payload.respondentAgency must be 1–200 characters long'] },
        { field: 'event.actorId', problems: ['event.actorId must not be blank'] },
      ],
    });
  });
});
