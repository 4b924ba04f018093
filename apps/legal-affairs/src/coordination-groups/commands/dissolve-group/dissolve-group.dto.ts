import { TimestampField } from '@casetrack/platform';

export class DissolveGroupDto {
  @TimestampField('When the group was dissolved (not before establishedAt)')
  dissolvedAt: string;
}
