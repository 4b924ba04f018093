import { formatInZone } from '@casetrack/platform';
import { Campaign, panelByRole } from '../../domain/campaign';
import { CampaignCounts } from '../../persistence/campaign.repository';

/** A campaign as the API shows it: its panel, its counts and the draw record anyone can re-check. */
export function toCampaignView(c: Campaign, counts: CampaignCounts, timeZone: string) {
  const t = (x: Date | null | undefined) => (x ? formatInZone(x, timeZone) : null);
  return {
    id: c.id,
    year: c.year,
    title: c.title,
    status: c.status,
    panel: c.panel.map((m) => ({ role: m.role, name: m.name })),
    panelByRole: panelByRole(c.panel),
    /** Files in the pool: recorded at the draw, counted live while the campaign is open. */
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
export type CampaignView = ReturnType<typeof toCampaignView>;
