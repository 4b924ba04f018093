import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';

export class ReceiveJudicialSuggestionDto {
  @TimestampField('When the judicial suggestion (司法建议) reached the agency; not before the lawsuit was filed')
  receivedAt: string;

  @ApiProperty({ description: 'The court that made the suggestion', example: '重庆铁路运输法院' })
  @IsText({ max: 200 })
  court: string;
}
