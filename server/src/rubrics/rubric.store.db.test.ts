import { ChallengeRepo } from '../challenges/challenge.repo';
import { RubricSchema, type RubricFileInput } from '../challenges/rubric.schema';
import { FakeClock } from '../lib/clock';
import { addChallenge } from '../test-support/factories';
import { repoSuite } from '../test-support/repo-suite';
import { RubricRepo } from './rubric.repo';
import { RubricStore } from './rubric.store';

const rubricFile = (clarityTop: number, extraLevel = false): RubricFileInput => ({
  criteria: [
    {
      id: 'clarity',
      title: 'Clarity',
      description: 'Says why',
      levels: [{ points: 0, descriptor: 'unclear' }, ...(extraLevel ? [{ points: 1, descriptor: 'partly' }] : []), { points: clarityTop, descriptor: 'clear' }],
    },
  ],
});

describe('RubricStore keeps a challenge’s rubric in versions and revisions', () => {
  const clock = new FakeClock();
  const t = repoSuite((db) => ({ challenges: new ChallengeRepo(db, clock), store: new RubricStore(new RubricRepo(db), new ChallengeRepo(db, clock), clock) }));
  const save = (id: string, rubric: RubricFileInput | null) => {
    const challenge = addChallenge({ id });
    // The version hash covers the files, so the rubric goes into them as well.
    return t.repo.challenges.save({ ...challenge, rubric: rubric && RubricSchema.parse(rubric), files: { ...challenge.files, 'rubric.yaml': JSON.stringify(rubric) } });
  };

  it('has nothing for a challenge without a rubric', async () => {
    await save('plain', null);
    expect(await t.repo.store.current('plain')).toBeNull();
  });

  it('takes the first rubric as version 1 revision 1, and the same content again adds nothing', async () => {
    await save('first', rubricFile(2));
    const first = await t.repo.store.current('first');
    expect(first).toMatchObject({ version: 1, revision: 1, challengeVersion: 1, note: 'from challenge version 1' });
    expect(first!.rubric.criteria[0]!.levels.map((l) => l.points)).toEqual([0, 2]);
    expect(await t.repo.store.current('first')).toMatchObject({ version: 1, revision: 1 });
    expect(await t.repo.store.history('first')).toHaveLength(1);
  });

  it('makes a changed point value the next revision of the same version, which `at` then gives', async () => {
    await save('points', rubricFile(2));
    await t.repo.store.current('points');
    await save('points', rubricFile(3));
    expect(await t.repo.store.current('points', null, 'clear answers earn 3')).toMatchObject({
      version: 1,
      revision: 2,
      challengeVersion: 2,
      editedBy: null,
      note: 'clear answers earn 3',
    });
    const at = await t.repo.store.at('points', 1);
    expect(at.revision).toBe(2);
    expect(at.rubric.criteria[0]!.levels.at(-1)!.points).toBe(3);
  });

  it('makes an added level a new version, and keeps the old version for the reviews that pinned it', async () => {
    await save('levels', rubricFile(2));
    await t.repo.store.current('levels');
    await save('levels', rubricFile(2, true));
    expect(await t.repo.store.current('levels')).toMatchObject({ version: 2, revision: 1 });
    expect((await t.repo.store.at('levels', 1)).rubric.criteria[0]!.levels).toHaveLength(2);
    expect((await t.repo.store.history('levels')).map((r) => [r.version, r.revision])).toEqual([
      [2, 1],
      [1, 1],
    ]);
  });

  it('refuses a version that was never stored', async () => {
    await expect(t.repo.store.at('first', 9)).rejects.toThrow('rubric version 9 of challenge first is not stored');
  });
});
