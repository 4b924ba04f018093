import { formatInZone } from '@casetrack/platform';
import { Committee } from '../../domain/committee';

export interface CommitteeView {
  id: string;
  code: string;
  name: string;
  kind: string;
  field: string | null;
  establishedAt: string;
  createdAt: string;
}

export const toCommitteeView = (c: Committee, timeZone: string): CommitteeView => ({
  id: c.id,
  code: c.code,
  name: c.name,
  kind: c.kind,
  field: c.field,
  establishedAt: formatInZone(c.establishedAt, timeZone),
  createdAt: c.createdAt.toISOString(),
});
