import { TimestampField } from '@casetrack/platform';

export class FileDocumentDto {
  @TimestampField('When the document was filed (备案); not before reviewedAt')
  filedAt: string;
}
