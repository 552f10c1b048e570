import { startTestDatabase, type TestDatabase } from '../mongo/index.js';
import { MongoOutageProxy } from '../mongo/outage-proxy.js';

/** The world's database: the test database, reached by the app through a relay that can take it down. */
export interface WorldDatabase extends TestDatabase {
  /** What the app connects to: the relay when there is one, else the database itself. */
  readonly appUri: string;
  /** MongoDB goes away for the app: connections cut, the port refusing new ones. Data is kept. */
  pause(): Promise<void>;
  /** MongoDB is back on the same port with the same data; the app's driver reconnects by itself. */
  resume(): Promise<void>;
}

export async function startWorldDatabase(): Promise<WorldDatabase> {
  const database = await startTestDatabase();
  // A replica set or SRV address cannot be relayed through one port; outages are then not available.
  const proxy = await MongoOutageProxy.start(database.uri).catch(() => undefined);
  const unsupported = () =>
    Promise.reject(new Error(`Database outages need a single-host mongodb:// test database, not ${database.uri}`));
  return {
    uri: database.uri,
    databaseName: database.databaseName,
    backend: database.backend,
    appUri: proxy ? proxy.proxiedUri(database.uri) : database.uri,
    pause: () => (proxy ? proxy.pause() : unsupported()),
    resume: () => (proxy ? proxy.resume() : unsupported()),
    async stop() {
      await proxy?.stop();
      await database.stop();
    },
  };
}
