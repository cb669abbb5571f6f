import { Queue } from 'bullmq';
import pino from 'pino';
import request from 'supertest';
import { openDatabase } from '../db/client';
import { buildHttpApp, createServices, type ServiceConfig } from '../main';
import { CORRECT_ADD, addChallenge } from '../test-support/factories';
import { FakeRunner } from '../test-support/fake-runner';
import { testDatabase } from '../test-support/test-db';
import { QUEUE_NAME, redisConnection, startBullWorker, watchBullJobs } from './bull-queue';

// The server queues into Redis; a worker elsewhere (here: other services over
// the same PostgreSQL database) runs the job; the server's SSE sees it finish.
const redisUrl = process.env.ASSAY_TEST_REDIS_URL!;
const logger = pino({ level: 'silent' });
const config: ServiceConfig = { graceSeconds: 15, runConcurrency: 2, queueCapacity: 50, secureCookies: false, publicUrl: 'http://assay.test', redisUrl };

jest.setTimeout(30_000);

describe('submissions through BullMQ (REDIS_URL)', () => {
  it('are run by a worker process and their verdict reaches the server’s SSE', async () => {
    const leftovers = new Queue(QUEUE_NAME, { connection: redisConnection(redisUrl) });
    await leftovers.obliterate({ force: true });
    await leftovers.close();
    const serverDb = await testDatabase();
    const serverRunner = new FakeRunner();
    const server = createServices(serverDb, { runner: serverRunner, logger, config });
    const workerDb = await openDatabase({ databaseUrl: serverDb.url!, dataDir: '' });
    const workerRunner = new FakeRunner();
    const workerSide = createServices(workerDb, { runner: workerRunner, logger, config });
    const worker = startBullWorker(redisUrl, (id, info) => workerSide.worker.process(id, info), { concurrency: 1, logger, fairness: { perAttempt: 1 } });
    const watch = watchBullJobs(redisUrl, (id) => void server.submissions.announce(id));
    try {
      await watch.waitUntilReady();
      const challenge = addChallenge();
      await server.challenges.save(challenge);
      const assessment = await server.assessments.create(
        { title: 'Q', description: '', durationMinutes: 30, languages: ['javascript'], challengeIds: [challenge.id], opensAt: null, closesAt: null },
        null,
      );
      const [invite] = await server.assessments.invite(assessment.id, { emails: ['q@example.test'], extraMinutes: 0, expiresInDays: 1 });
      const app = buildHttpApp(server);
      const agent = request.agent(app);
      const started = await agent.post(`/api/v1/invites/${invite!.url!.split('/invite/')[1]}/start`).expect(200);
      const posted = await agent
        .post(`/api/v1/attempt/challenges/${challenge.id}/submit`)
        .set('X-CSRF-Token', started.body.csrfToken)
        .send({ language: 'javascript', code: CORRECT_ADD })
        .expect(202);
      const stream = await agent
        .get(`/api/v1/attempt/submissions/${posted.body.id}/events`)
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => done(null, text));
        });
      const updates = String(stream.body)
        .split('\n\n')
        .filter((e) => e.startsWith('event: update'));
      expect(JSON.parse(updates.at(-1)!.split('data: ')[1]!)).toMatchObject({ status: 'done', passed: 3, total: 3 });
      expect(workerRunner.jobs).toHaveLength(1);
      expect(serverRunner.jobs).toHaveLength(0);
    } finally {
      await worker.close();
      await watch.close();
      await server.queue.close();
      await workerSide.queue.close();
      await workerDb.close();
      await serverDb.close();
    }
  });
});
