import { DOCUMENT_STATUSES, DocumentStatus } from '@casetrack/contracts';
import { PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export class ListDocumentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DOCUMENT_STATUSES })
  @IsOptional()
  @IsIn(DOCUMENT_STATUSES)
  status?: DocumentStatus;

  @ApiPropertyOptional({ description: 'Only documents of this unit' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  unit?: string;
}
