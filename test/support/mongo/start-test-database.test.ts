import { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { uniqueDatabaseName, withDatabaseName } from './database-uri.js';
import { startTestDatabase } from './start-test-database.js';

describe('startTestDatabase', () => {
  it('gives every caller its own database on the shared server, and drops it on stop', async () => {
    const first = await startTestDatabase({ name: 'isolation' });
    const second = await startTestDatabase({ name: 'isolation' });
    const client = await MongoClient.connect(first.uri);
    try {
      expect(first.databaseName).not.toBe(second.databaseName);
      expect(first.uri).toContain(`/${first.databaseName}`);
      expect(second.backend).toBe(first.backend);
      expect(['external', 'memory-server', 'in-process']).toContain(first.backend);
      if (process.env.MONGODB_URI) expect(first.backend).toBe('external');

      await client.db(first.databaseName).collection('things').insertOne({ owner: 'first' });
      expect(await client.db(second.databaseName).collection('things').countDocuments()).toBe(0);

      await first.stop();
      await first.stop();
      const { databases } = await client.db('admin').admin().listDatabases({ nameOnly: true });
      expect(databases.map((database) => database.name)).not.toContain(first.databaseName);
    } finally {
      await client.close();
      await second.stop();
    }
  });
});

describe('database names in connection strings', () => {
  it('replaces or adds the database, keeping hosts, credentials and options', () => {
    expect(withDatabaseName('mongodb://localhost:27017', 't1')).toBe('mongodb://localhost:27017/t1');
    expect(withDatabaseName('mongodb://localhost:27017/', 't1')).toBe('mongodb://localhost:27017/t1');
    expect(withDatabaseName('mongodb://u:p@a:1,b:2/old?replicaSet=rs&w=1', 't1')).toBe(
      'mongodb://u:p@a:1,b:2/t1?replicaSet=rs&w=1',
    );
    expect(withDatabaseName('mongodb+srv://cluster.example.net/?retryWrites=true', 't1')).toBe(
      'mongodb+srv://cluster.example.net/t1?retryWrites=true',
    );
  });

  it('makes unique names that MongoDB accepts', () => {
    const names = new Set(Array.from({ length: 50 }, () => uniqueDatabaseName('a label/with.odd chars')));
    expect(names.size).toBe(50);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(63);
      expect(name).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });
});
