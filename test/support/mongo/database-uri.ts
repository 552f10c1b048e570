/**
 * Puts a database name into a MongoDB connection string, keeping hosts, credentials and options:
 * `mongodb://a:1,b:2/?replicaSet=x` + `t1` -> `mongodb://a:1,b:2/t1?replicaSet=x`.
 * (Not `new URL`: it cannot parse the comma-separated host lists MongoDB URIs allow.)
 */
export function withDatabaseName(uri: string, databaseName: string): string {
  const schemeEnd = uri.indexOf('://');
  if (schemeEnd < 0) throw new Error(`Not a MongoDB connection string: ${uri}`);
  const queryStart = uri.indexOf('?', schemeEnd);
  const beforeQuery = queryStart < 0 ? uri : uri.slice(0, queryStart);
  const query = queryStart < 0 ? '' : uri.slice(queryStart);
  const pathStart = beforeQuery.indexOf('/', schemeEnd + 3);
  const hosts = pathStart < 0 ? beforeQuery : beforeQuery.slice(0, pathStart);
  return `${hosts}/${databaseName}${query}`;
}

let databaseCounter = 0;

/**
 * A database name no other test file uses, even on a shared server: a readable label, the process id
 * and a counter, within MongoDB's 63-byte limit and character rules.
 */
export function uniqueDatabaseName(label: string): string {
  databaseCounter += 1;
  const safeLabel = label.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 30) || 'test';
  const suffix = `${process.pid.toString(36)}_${databaseCounter.toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return `${safeLabel}_${suffix}`;
}
