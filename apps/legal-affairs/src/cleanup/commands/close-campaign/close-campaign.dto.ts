import { TimestampField } from '@casetrack/platform';

export class CloseCleanupCampaignDto {
  @TimestampField('When the campaign closed; not before startedAt nor the latest decision')
  closedAt: string;
}
