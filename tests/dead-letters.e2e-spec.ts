import { createPrivateTopics } from './support/private-topics';
import { CaseEvent, CommitteeRegisteredV1, Topics } from '@casetrack/contracts';
import { createEventProducer, createKafka, EventProjection } from '@casetrack/messaging';
import { randomBytes, randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import { Client } from 'pg';
import { AppModule as ReportingModule } from '../apps/reporting/src/app.module';
import { muteKafkaJsErrors } from '../libs/messaging/test-support/quiet-kafka-logs';
import { disputeRegistered } from '../libs/messaging/test-support/test-events';
import { RunningApp, startApp, testServiceConfig } from './support/apps';
import { authHeaders } from './support/auth';
import { HttpClient } from './support/http-client';
import { scrape } from './support/metrics';
import { eventually, TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from './support/test-env';

jest.setTimeout(240_000);

const MISSING_COMMITTEE = 'the committee of this dispute is not registered yet';

/**
 * The admin's dead-letter desk against the real consumer: a dispute whose committee has not
 * arrived yet cannot be counted (a rule this suite adds to its own schema with a trigger: the
 * projection's insert fails while the district has no committee), so it is dead-lettered; replayed
 * before its committee arrives it stays dead-lettered, after it reaches the report once however
 * often it is replayed, and a rebuild keeps it.
 */
describe('the dead-letter desk', () => {
  const district = uniqueDistrict();
  const schema = `dl_${randomBytes(4).toString('hex')}`;
  const groupId = `dead-letters-${randomUUID()}`;
  const caseId = randomUUID();
  /** What the rebuild's projection does with this suite's dispute: wait for the gate, then fail (the rebuild dead-letters it again). */
  const rebuildHold: { reached?: () => void; release?: Promise<void>; active: boolean } = { active: false };
  let reporting: RunningApp;
  let producer: Producer;
  let db: Client;
  let unmute: () => void;

  const failingInRebuild = (projection: EventProjection): EventProjection => ({
    handledTypes: projection.handledTypes,
    async apply(em, events: readonly CaseEvent[], position) {
      if (rebuildHold.active && events.some((e) => e.caseId === caseId)) {
        rebuildHold.reached?.();
        await rebuildHold.release;
        throw new Error(`rebuild: ${MISSING_COMMITTEE}`);
      }
      return projection.apply(em, events, position);
    },
  });

  beforeAll(async () => {
    // KafkaJS logs every failed batch; here those failures are the point.
    unmute = muteKafkaJsErrors();
    await createPrivateTopics();
    db = new Client({ connectionString: TEST_DATABASE_URL, application_name: 'dead-letters-e2e' });
    await db.connect();
    reporting = await startApp(
      ReportingModule.register({ service: testServiceConfig(district), reporting: { groupId, schema, consumerMaxAttempts: 1 }, rebuildProjection: failingInRebuild }),
      'reporting',
    );
    await db.query(`
      CREATE FUNCTION "${schema}".committee_first() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.district = '${district}' AND NOT EXISTS (SELECT 1 FROM "${schema}".mediation_committees c WHERE c.district = NEW.district) THEN
          RAISE EXCEPTION '${MISSING_COMMITTEE}';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER committee_first BEFORE INSERT ON "${schema}".mediation_rollup FOR EACH ROW EXECUTE FUNCTION "${schema}".committee_first()`);
    producer = createEventProducer(createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'dead-letters-e2e' }));
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await reporting?.close();
    const { rows } = await db.query(`SELECT nspname FROM pg_namespace WHERE nspname = $1 OR nspname LIKE $2`, [schema, `${schema}\\_%`]);
    for (const { nspname } of rows) await db.query(`DROP SCHEMA "${nspname}" CASCADE`);
    await db?.end();
    unmute?.();
  });

  async function produce(key: string, value: string): Promise<{ partition: number; offset: string }> {
    const [meta] = await producer.send({ topic: Topics.mediation, acks: -1, messages: [{ key, value }] });
    return { partition: meta.partition, offset: meta.baseOffset! };
  }

  /** Every dead letter the desk lists for `query`, page by page. */
  async function listAll(query = '', http = reporting.http): Promise<any[]> {
    const items: any[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: any } = await http.get(`/v1/admin/dead-letters?limit=2${query}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return items;
  }

  const at = (where: { partition: number; offset: string }) => (l: any) => l.topic === Topics.mediation && l.partition === where.partition && l.offset === where.offset;
  const registered = async () => (await reporting.http.get(`/v1/reports/annual/2019?district=${district}`)).body.mediation.registered as number;
  let dispute: { partition: number; offset: string };
  let letterId: string;

  it('lists a dispute whose committee is missing as a dead letter with its reason, topic, partition and offset, and shows its message', async () => {
    const event = disputeRegistered(district, caseId, 1);
    dispute = await produce(caseId, JSON.stringify(event));
    const letter = (await eventually(() => listAll('&reason=projection-failed'), (ls) => ls.some(at(dispute)), 60_000, 'the dispute dead-lettered')).find(at(dispute));
    expect(letter).toMatchObject({ kind: 'projection-failed', reason: `projection failed after 1 attempts: ${MISSING_COMMITTEE}`, status: 'open', valueKept: true, replays: 0, replayOutcome: null, groupId });
    letterId = letter.id;
    expect((await listAll(`&topic=${Topics.legalAid}`)).some(at(dispute))).toBe(false);

    const shown = await reporting.http.get(`/v1/admin/dead-letters/${letterId}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ id: letterId, key: caseId, message: { form: 'json', json: event, contract: 'mediation.dispute.registered v1', masked: [] } });
    expect(await registered()).toBe(0);
  });

  it('keeps a replay before the cause is fixed dead-lettered with the new reason; after the missing committee arrives, replays reach the report exactly once', async () => {
    const early = await reporting.http.post(`/v1/admin/dead-letters/${letterId}/replay`);
    expect(early.status).toBe(200);
    expect(early.body).toMatchObject({
      outcome: 'dead-lettered',
      deadLetter: { status: 'open', replays: 1, replayOutcome: 'dead-lettered', reason: `projection failed on replay: ${MISSING_COMMITTEE}`, firstReason: `projection failed after 1 attempts: ${MISSING_COMMITTEE}` },
    });
    expect(await registered()).toBe(0);

    // The missing prerequisite arrives, through Kafka like any event.
    const committee: CommitteeRegisteredV1 = {
      eventId: randomUUID(), type: CommitteeRegisteredV1.type, version: CommitteeRegisteredV1.version, occurredAt: '2019-01-02T09:00:00+08:00', district,
      caseId: randomUUID(), sequence: 1, actorId: null, payload: { code: 'MSG-INT', kind: 'community', field: null, establishedAt: '2019-01-02T09:00:00+08:00' },
    };
    await produce(committee.caseId, JSON.stringify(committee));
    await eventually(async () => (await db.query(`SELECT count(*)::int AS n FROM "${schema}".mediation_committees WHERE district = $1`, [district])).rows[0].n, (n) => n === 1, 60_000, 'the committee applied');

    const replays = (await scrape(reporting.url)).value('casetrack_dead_letter_replays_total', { outcome: 'applied' })!;
    const applied = await reporting.http.post(`/v1/admin/dead-letters/${letterId}/replay`);
    expect(applied.body).toMatchObject({ outcome: 'applied', deadLetter: { status: 'resolved', replays: 2, replayOutcome: 'applied' } });
    expect(await registered()).toBe(1);
    const again = await reporting.http.post(`/v1/admin/dead-letters/${letterId}/replay`);
    expect(again.body).toMatchObject({ outcome: 'already-applied', deadLetter: { status: 'resolved', replays: 3, replayOutcome: 'already-applied' } });
    expect(await registered()).toBe(1);
    expect((await scrape(reporting.url)).value('casetrack_dead_letter_replays_total', { outcome: 'applied' })).toBe(replays + 1);

    expect((await listAll('&status=resolved')).some(at(dispute))).toBe(true);
    expect((await listAll('&status=open')).some(at(dispute))).toBe(false);
    // Replaying all open ones does not touch a resolved one.
    const all = await reporting.http.post('/v1/admin/dead-letters/replay?reason=projection-failed');
    expect(all.status).toBe(200);
    expect(all.body.results.map((r: any) => r.deadLetter.id)).not.toContain(letterId);
    expect(await registered()).toBe(1);
  });

  it('shows a message carrying personal data masked, says what it masked, and a replay of it stays dead-lettered', async () => {
    const smuggled = { ...disputeRegistered(district, randomUUID(), 1), type: 'mediation.dispute.teleported', payload: { applicantName: '欧阳娜娜', applicantIdNumber: '500106199001011234', contact: { phone: '13812348000', address: '重庆市沙坪坝区某路1号' } } };
    const notJson = '{"eventId": "x", "partyName": "王五", "tel": "13700002222"';
    const unknown = await produce(smuggled.caseId, JSON.stringify(smuggled));
    const garbled = await produce(randomUUID(), notJson);
    const letters = await eventually(() => listAll(), (ls) => ls.some(at(unknown)) && ls.some(at(garbled)), 60_000, 'both dead-lettered');
    expect(letters.find(at(unknown))).toMatchObject({ kind: 'unknown-type', reason: 'unknown event type mediation.dispute.teleported v1' });
    expect(letters.find(at(garbled))).toMatchObject({ kind: 'not-json' });

    const shown = (await reporting.http.get(`/v1/admin/dead-letters/${letters.find(at(unknown)).id}`)).body;
    expect(shown.message).toMatchObject({
      form: 'json',
      contract: null,
      json: { type: 'mediation.dispute.teleported', payload: { applicantName: '欧***', applicantIdNumber: '5001**********1234', contact: { phone: '138****8000', address: '***' } } },
      masked: [
        { path: 'payload.applicantName', rule: 'personal-key' },
        { path: 'payload.applicantIdNumber', rule: 'personal-key' },
        { path: 'payload.contact.phone', rule: 'personal-key' },
        { path: 'payload.contact.address', rule: 'personal-key' },
      ],
    });
    const text = (await reporting.http.get(`/v1/admin/dead-letters/${letters.find(at(garbled)).id}`)).body.message;
    expect(text).toMatchObject({ form: 'text', text: '{"eventId": "x", "partyName": "***", "tel": "***"', masked: [{ path: '(text)', rule: 'text' }] });
    for (const secret of ['娜娜', '199001011234', '13812348000', '某路', '王五', '13700002222']) expect(JSON.stringify([shown, text])).not.toContain(secret);

    const all = await reporting.http.post('/v1/admin/dead-letters/replay?reason=unknown-type');
    const ours = all.body.results.find((r: any) => r.deadLetter.id === letters.find(at(unknown)).id);
    expect(ours).toMatchObject({ outcome: 'dead-lettered', deadLetter: { status: 'open', replays: 1, kind: 'unknown-type', reason: 'unknown event type mediation.dispute.teleported v1' } });
    expect(all.body).toMatchObject({ applied: 0, alreadyApplied: 0, remaining: 0 });
    expect(all.body.deadLettered).toBe(all.body.replayed);
  });

  it('is for admins only, and answers 404 for an unknown dead letter and 400 for an id that is not one', async () => {
    const reader = new HttpClient(reporting.url, authHeaders('report-reader'));
    expect((await reader.get('/v1/admin/dead-letters')).status).toBe(403);
    expect((await reader.get(`/v1/admin/dead-letters/${letterId}`)).status).toBe(403);
    expect((await reader.post(`/v1/admin/dead-letters/${letterId}/replay`)).status).toBe(403);
    expect((await reader.post('/v1/admin/dead-letters/replay')).status).toBe(403);
    expect((await reporting.http.get('/v1/admin/dead-letters/999999999999')).body).toMatchObject({ statusCode: 404, code: 'DEAD_LETTER.NOT_FOUND' });
    expect((await reporting.http.post('/v1/admin/dead-letters/abc/replay')).body).toMatchObject({ statusCode: 400, fields: [{ field: 'id' }] });
    expect((await reporting.http.get('/v1/admin/dead-letters?reason=bad')).body).toMatchObject({ statusCode: 400, fields: [{ field: 'reason' }] });
  });

  it('refuses replays while a rebuild runs, and keeps a replayed event in the figures when the rebuild dead-letters it again', async () => {
    const reached = new Promise<void>((r) => (rebuildHold.reached = r));
    let release!: () => void;
    rebuildHold.release = new Promise<void>((r) => (release = r));
    rebuildHold.active = true;
    expect((await reporting.http.post('/v1/admin/rebuild')).status).toBe(202);
    await reached;
    const refused = await reporting.http.post(`/v1/admin/dead-letters/${letterId}/replay`);
    expect(refused.body).toMatchObject({ statusCode: 409, code: 'DEAD_LETTER.REBUILD_RUNNING' });
    release();

    const job = await eventually(async () => (await reporting.http.get('/v1/admin/rebuild')).body.rebuild, (j) => ['done', 'failed', 'aborted', 'timed-out'].includes(j?.status), 120_000, 'the rebuild to end');
    rebuildHold.active = false;
    expect(job.status).toBe('done');
    expect(await registered()).toBe(1);
    // The rebuild dead-lettered it again under its own group; the desk replayed it into the rebuilt projections at the switch.
    const again = (await listAll()).find(at(dispute));
    expect(again).toMatchObject({ groupId: job.groupId, kind: 'projection-failed', reason: `projection failed after 1 attempts: rebuild: ${MISSING_COMMITTEE}`, status: 'resolved', replays: 1, replayOutcome: 'applied' });
  });
});
