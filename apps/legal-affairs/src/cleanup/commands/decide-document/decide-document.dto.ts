import { CLEANUP_OUTCOMES, CleanupOutcome } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class DecideCleanupDocumentDto {
  @ApiProperty({ description: "The document in force's title (stays in this service; events never carry it)", example: '沙坪坝区某某管理办法', minLength: 1, maxLength: 300 })
  @IsText({ max: 300 })
  document: string;

  @ApiProperty({ enum: CLEANUP_OUTCOMES, description: 'kept: 保留; amended: 修改; repealed: 废止' })
  @IsIn(CLEANUP_OUTCOMES)
  outcome: CleanupOutcome;

  @TimestampField('When the campaign decided the document (not before the campaign started); reports count decisions by this time')
  decidedAt: string;
}
