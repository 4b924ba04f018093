import { DOCUMENT_FINDINGS, DocumentFinding } from '@casetrack/contracts';
import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class RecordFindingDto {
  @ApiProperty({ enum: DOCUMENT_FINDINGS, description: 'unlawful: found unlawful (确认违法); revoked: revoked (撤销)' })
  @IsIn(DOCUMENT_FINDINGS)
  finding: DocumentFinding;

  @TimestampField('When the document was found unlawful or revoked; not before filedAt')
  foundAt: string;
}
