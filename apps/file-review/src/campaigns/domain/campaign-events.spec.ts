import { validateEvent } from '@casetrack/contracts';
import { drawCampaign, issueNotice, openCampaign } from './campaign';
import { campaignNoticed, campaignOpened, EventContext, fileReviewed, fileSampled, stamp } from './campaign-events';
import { poolFile, reviewFile } from './penalty-file';

const tz = 'Asia/Shanghai';
const now = new Date('2019-09-01T02:00:00Z');
let n = 0;
const ctx: EventContext = { nextId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, occurredAt: now, district: '500106', timeZone: tz };
const campaignId = '11111111-1111-4111-8111-111111111111';
const fileId = '22222222-2222-4222-8222-222222222222';

describe('file-review events', () => {
  const opened = openCampaign({ id: campaignId, year: 2019, title: '评查', panel: [{ role: 'legal-adviser', name: '李四' }] }, now);
  const sampled = { ...drawCampaign(opened, { seed: 's', pool: ['A-1'], sampleSize: 1 }, now), sequence: 1 };
  const file = {
    ...poolFile({ id: fileId, campaignId, fileNumber: 'A-1', agency: '沙坪坝区城市管理局', penaltyType: 'fine' as const, decidedAt: new Date('2019-05-01T02:00:00Z') }, now),
    status: 'drawn' as const,
    drawPosition: 1,
  };
  const reviewed = reviewFile(
    file,
    sampled,
    { reviewedAt: new Date('2019-12-31T17:00:00Z'), score: 88, problems: [{ category: 'procedure', description: '张某未被告知听证权利' }, { category: 'procedure', description: 'x' }] },
    now,
  );

  it('key every event by the campaign id and number them on from the campaign\'s sequence', () => {
    const events = stamp([fileSampled(sampled, file, tz), fileReviewed(sampled, reviewed, tz)], sampled, ctx);
    expect(events.map((e) => [e.caseId, e.sequence])).toEqual([[campaignId, 2], [campaignId, 3]]);
  });

  it('pass their own contracts', () => {
    const noticed = issueNotice({ ...sampled, sequence: 3 }, { issuedAt: new Date('2020-01-02T02:00:00Z'), lastReviewedAt: null }, now);
    const events = [
      ...stamp([campaignOpened(opened, tz)], opened, ctx),
      ...stamp([fileSampled(sampled, file, tz), fileReviewed(sampled, reviewed, tz)], sampled, ctx),
      ...stamp([campaignNoticed(noticed, { filesDrawn: 1, filesReviewed: 1, problems: 2 }, tz)], noticed, ctx),
    ];
    for (const e of events) expect(validateEvent(JSON.parse(JSON.stringify(e)))).toEqual({ ok: true, event: e });
  });

  it('carry problem counts by category and the review time in the district zone, never names or descriptions', () => {
    const [event] = stamp([fileReviewed(sampled, reviewed, tz)], sampled, ctx);
    expect(event.payload).toMatchObject({
      reviewedAt: '2020-01-01T01:00:00+08:00',
      grade: 'good',
      problemCounts: { procedure: 2, evidence: 0, 'law-application': 0, discretion: 0, documentation: 0, jurisdiction: 0 },
    });
    const [open] = stamp([campaignOpened(opened, tz)], opened, ctx);
    const text = JSON.stringify([event, open]);
    expect(text).not.toContain('张某');
    expect(text).not.toContain('李四');
    expect(open.payload).toMatchObject({ panelSize: 1, panelByRole: { 'legal-adviser': 1 } });
  });
});
