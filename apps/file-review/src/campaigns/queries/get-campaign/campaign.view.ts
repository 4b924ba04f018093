import { CAMPAIGN_STATUSES, CampaignStatus, PANEL_ROLES, PanelRole } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Campaign, panelByRole } from '../../domain/campaign';
import { CampaignCounts } from '../../persistence/campaign.repository';

const ZONED_OR_NULL = { format: 'date-time', type: String, nullable: true, description: "In the district's time zone" } as const;

/** One member of a campaign's review panel. */
export class PanelMemberView {
  @ApiProperty({ enum: PANEL_ROLES }) role: PanelRole;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
}

/** How far a campaign has got. */
export class CampaignCountsView {
  @ApiProperty({ type: 'integer' }) pooled: number;
  @ApiProperty({ type: 'integer' }) drawn: number;
  @ApiProperty({ type: 'integer' }) reviewed: number;
  @ApiProperty({ type: 'integer' }) awaitingReview: number;
  @ApiProperty({ type: 'integer' }) problems: number;
}

/** A campaign as the API shows it (the OpenAPI schema of every campaign answer). */
export class CampaignView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer', example: 2019 }) year: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) status: CampaignStatus;
  @ApiProperty({ type: [PanelMemberView] }) panel: PanelMemberView[];
  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(PANEL_ROLES.map((r) => [r, { type: 'integer' }])),
    required: [...PANEL_ROLES],
    description: 'Panel members per role',
  })
  panelByRole: Record<PanelRole, number>;
  @ApiProperty({ type: 'integer', description: 'Files in the pool: recorded at the draw, counted live while the campaign is open' }) poolSize: number;
  @ApiProperty({ type: String, nullable: true }) seed: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) sampleSize: number | null;
  @ApiProperty({ type: [String], description: 'In draw order' }) drawnFileNumbers: string[];
  @ApiProperty(ZONED_OR_NULL) drawnAt: string | null;
  @ApiProperty(ZONED_OR_NULL) issuedAt: string | null;
  @ApiProperty({ type: CampaignCountsView }) counts: CampaignCountsView;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A campaign as the API shows it: its panel, its counts and the draw record anyone can re-check. */
export function toCampaignView(c: Campaign, counts: CampaignCounts, timeZone: string): CampaignView {
  const t = (x: Date | null | undefined) => (x ? formatInZone(x, timeZone) : null);
  return {
    id: c.id,
    year: c.year,
    title: c.title,
    status: c.status,
    panel: c.panel.map((m) => ({ role: m.role, name: m.name })),
    panelByRole: panelByRole(c.panel),
    poolSize: c.draw?.poolSize ?? counts.pooled,
    seed: c.draw?.seed ?? null,
    sampleSize: c.draw?.sampleSize ?? null,
    drawnFileNumbers: c.draw?.fileNumbers ?? [],
    drawnAt: t(c.draw?.drawnAt),
    issuedAt: t(c.issuedAt),
    counts: { pooled: counts.pooled, drawn: counts.drawn, reviewed: counts.reviewed, awaitingReview: counts.drawn - counts.reviewed, problems: counts.problems },
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
