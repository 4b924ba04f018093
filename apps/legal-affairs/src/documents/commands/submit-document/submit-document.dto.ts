import { DOCUMENT_KINDS, DocumentKind } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class SubmitDocumentDto {
  @ApiProperty({ description: 'The district unit that submitted the document', example: '沙坪坝区市场监督管理局', minLength: 1, maxLength: 200 })
  @IsText({ max: 200 })
  unit: string;

  @ApiProperty({ description: "The document's title (stays in this service; events never carry it)", example: '关于进一步优化营商环境的实施意见', minLength: 1, maxLength: 300 })
  @IsText({ max: 300 })
  title: string;

  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS)
  kind: DocumentKind;

  @TimestampField('When the unit submitted the document for review; reports count submissions by this time')
  submittedAt: string;
}
