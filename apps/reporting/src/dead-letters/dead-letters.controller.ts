import { ApiErrors, parseLimit, Roles } from '@casetrack/platform';
import { BadRequestException, Controller, Get, HttpCode, Param, PipeTransform, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DeadLetterDesk } from './dead-letter-desk.service';
import { DeadLetterDetailView, DeadLettersPageView, ListDeadLettersQuery, ReplayAllQuery, ReplayAllView, ReplayView } from './dead-letter.view';

/** A dead letter's id: its number on the desk, 1 to 2^53 − 1 in digits; a 400 naming `id` otherwise. */
const DeadLetterId: PipeTransform<string, string> = {
  transform(value: string) {
    if (/^[1-9][0-9]{0,15}$/.test(value) && Number(value) <= Number.MAX_SAFE_INTEGER) return value;
    throw new BadRequestException({
      statusCode: 400, error: 'Bad Request', code: 'VALIDATION_FAILED', message: 'id: must be a dead letter’s number (1, 2, …)',
      fields: [{ field: 'id', problems: ['must be a dead letter’s number (1, 2, …)'] }],
    });
  },
};

// Dead letters can carry anything (personal data included), and a replay changes the figures: the bureau's administrators only.
@Roles('admin')
@ApiTags('admin')
@Controller('v1/admin/dead-letters')
export class DeadLettersController {
  constructor(private readonly desk: DeadLetterDesk) {}

  @Get()
  @ApiOperation({ summary: 'The dead letters the reporting consumer could not apply, oldest first, by reason, topic and status, paged by cursor' })
  @ApiOkResponse({ type: DeadLettersPageView })
  @ApiErrors(400)
  list(@Query() q: ListDeadLettersQuery) {
    return this.desk.list({ reason: q.reason, topic: q.topic, status: q.status }, { limit: parseLimit(q.limit), cursor: q.cursor });
  }

  // Before :id, so that "replay" is never read as an id.
  @Post('replay')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replays every open dead letter (matching reason and topic) through the consumer’s exactly-once path, oldest first, at most `limit` per call',
    description: 'Each one as POST /v1/admin/dead-letters/{id}/replay does, in a transaction of its own. 409 while a rebuild runs.',
  })
  @ApiOkResponse({ type: ReplayAllView })
  @ApiErrors(400, 409)
  replayAll(@Query() q: ReplayAllQuery) {
    return this.desk.replayAll({ reason: q.reason, topic: q.topic }, parseLimit(q.limit, 1000, 1000));
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One dead letter: why, where it was read (topic, partition, offset), its replays, and its message with personal data masked (`message.masked` says what and why)',
  })
  @ApiParam({ name: 'id', description: 'Its number on the desk', example: '17' })
  @ApiOkResponse({ type: DeadLetterDetailView })
  @ApiErrors(400, 404)
  get(@Param('id', DeadLetterId) id: string) {
    return this.desk.get(id);
  }

  @Post(':id/replay')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Replays a dead letter after its cause is fixed: its kept message is read and applied as the consumer would now, exactly once',
    description:
      'applied: its event reached the report; already-applied: it had, nothing changed (replaying twice counts once); dead-lettered: still invalid, it stays on the desk with the new reason. 409 while a rebuild runs, or for a dead letter recorded before messages were kept.',
  })
  @ApiParam({ name: 'id', description: 'Its number on the desk', example: '17' })
  @ApiOkResponse({ type: ReplayView })
  @ApiErrors(400, 404, 409)
  replay(@Param('id', DeadLetterId) id: string) {
    return this.desk.replay(id);
  }
}
