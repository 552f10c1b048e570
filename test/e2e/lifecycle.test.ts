import { describe, expect, it } from 'vitest';
import { startWorld } from '../support/world/world.js';

describe('app lifecycle', () => {
  it('stops once however often stop() is called, and closes the gateway', async () => {
    const world = await startWorld();
    const { app } = world;
    const first = app.stop();
    const second = app.stop();
    expect(second).toBe(first);
    await Promise.all([first, second]);
    await app.stop();
    expect(world.logs.entries.filter((entry) => entry.message === 'Stopped')).toHaveLength(1);
    expect(world.emulator.gateway.connectedSessionCount).toBe(0);
    await world.stop();
  });
});
