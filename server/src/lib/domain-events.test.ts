import { DomainEvents } from './domain-events';

describe('DomainEvents', () => {
  const event = { attemptId: 'a1', assessmentId: 's1', at: new Date('2026-01-05T09:00:00Z') };

  it('calls each listener of the event, in order, and none of another event', async () => {
    const events = new DomainEvents({ error: jest.fn() });
    const heard: string[] = [];
    events.on('attempt.final', (e) => void heard.push(`first ${e.attemptId}`));
    events.on('attempt.final', async (e) => void heard.push(`second ${e.attemptId}`));
    events.on('attempt.submitted', () => void heard.push('submitted'));
    await events.emit('attempt.final', event);
    expect(heard).toEqual(['first a1', 'second a1']);
  });

  it('logs a failing listener and still calls the next one, never throwing to the emitter', async () => {
    const error = jest.fn();
    const events = new DomainEvents({ error });
    const heard: string[] = [];
    events.on('attempt.final', () => {
      throw new Error('receiver down');
    });
    events.on('attempt.final', () => void heard.push('next'));
    await expect(events.emit('attempt.final', event)).resolves.toBeUndefined();
    expect(heard).toEqual(['next']);
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ event: 'attempt.final', attemptId: 'a1' }), 'a domain event listener failed');
  });
});
