import { Committee } from '../../domain/committee';

export interface CommitteeView {
  code: string;
  name: string;
  kind: string;
  field: string | null;
  createdAt: string;
}

export const toCommitteeView = (c: Committee): CommitteeView => ({
  code: c.code,
  name: c.name,
  kind: c.kind,
  field: c.field,
  createdAt: c.createdAt.toISOString(),
});
