import { defineEvent, EventOf } from '../envelope';
import { int, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { countsOf } from './counts';
import { PANEL_ROLES } from './enums';

/**
 * A yearly file review campaign was opened. Its events all share the campaign id as caseId.
 * The panel is described by how many members of each role sit on it, never by their names.
 */
export const CampaignOpenedV1 = defineEvent(
  'filereview.campaign.opened',
  1,
  Topics.fileReview,
  object({
    year: int({ min: 2000, max: 2100 }),
    openedAt: isoTime(),
    panelSize: int({ min: 1 }),
    panelByRole: countsOf(PANEL_ROLES),
  }),
);
export type CampaignOpenedV1 = EventOf<typeof CampaignOpenedV1>;
