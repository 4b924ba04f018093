import { TimestampField } from '@casetrack/platform';

export class IssueNoticeDto {
  @TimestampField('When the problem list was published to the agencies (通报); not before the last review')
  issuedAt: string;
}
