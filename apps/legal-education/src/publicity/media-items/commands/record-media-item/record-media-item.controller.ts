import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MediaItemView } from '../../queries/get-media-item/media-item.view';
import { RecordMediaItemDto } from './record-media-item.dto';
import { RecordMediaItemHandler } from './record-media-item.handler';

@ApiTags('media-items')
@Controller('v1/media-items')
export class RecordMediaItemController {
  constructor(private readonly handler: RecordMediaItemHandler) {}

  @Post()
  @ApiOperation({ summary: 'Record a publicity item adopted by the media (国家级媒体采用普法信息)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: MediaItemView, description: 'The new record (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: RecordMediaItemDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
