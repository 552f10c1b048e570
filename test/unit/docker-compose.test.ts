import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

// No Docker engine runs here, so the compose file's wiring is checked by shape.
const composeSchema = z.object({
  services: z.object({
    mongo: z.object({
      image: z.string().regex(/^mongo:\d/),
      volumes: z.array(z.string()),
      healthcheck: z.object({ test: z.array(z.string()).min(2), interval: z.string(), retries: z.number() }),
    }),
    bot: z.object({
      build: z.string(),
      env_file: z.string(),
      environment: z.record(z.string(), z.string()),
      depends_on: z.object({ mongo: z.object({ condition: z.literal('service_healthy') }) }),
    }),
  }),
  volumes: z.record(z.string(), z.unknown().nullable()),
});

describe('docker-compose.yml', () => {
  it('runs MongoDB with a named volume and a healthcheck, and the bot after it is healthy', async () => {
    const compose = composeSchema.parse(parse(await readFile('docker-compose.yml', 'utf8')));
    const [volumeName] = compose.services.mongo.volumes[0]?.split(':') ?? [];
    expect(compose.volumes).toHaveProperty(volumeName ?? '<none>');
    expect(compose.services.mongo.volumes[0]).toMatch(/:\/data\/db$/);
    expect(compose.services.mongo.healthcheck.test.join(' ')).toContain('ping');
    expect(compose.services.bot.env_file).toBe('.env');
    expect(compose.services.bot.environment.MONGODB_URI).toMatch(/^mongodb:\/\/mongo:27017\//);
    expect(compose.services.bot.environment.NODE_ENV).toBe('production');
  });

  it('builds a non-root production image', async () => {
    const dockerfile = await readFile('Dockerfile', 'utf8');
    expect(dockerfile).toMatch(/^FROM node:22\S* AS build$/m);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/src\/main.js"\]$/m);
  });
});
