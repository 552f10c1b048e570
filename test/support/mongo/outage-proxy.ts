import { createConnection, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * A TCP relay in front of a test MongoDB that can be taken down and brought back on the same port, as a
 * database restart looks to its clients: while down, open connections are cut and new ones refused; once
 * up again, the same address reaches the same server with its data. It works for every backend
 * (in-process, mongodb-memory-server, a real server), so outage tests run in CI against real MongoDB too.
 */
export class MongoOutageProxy {
  readonly #sockets = new Set<Socket>();
  #server: Server | undefined;
  #port = 0;

  private constructor(
    readonly targetHost: string,
    readonly targetPort: number,
  ) {}

  /** Relays to the single host of `uri` (`mongodb://host:port/...`); 127.0.0.1 and a free port in front. */
  static async start(uri: string): Promise<MongoOutageProxy> {
    const target = singleHostOf(uri);
    if (!target) throw new Error(`The outage proxy needs a single-host mongodb:// URI, not ${uri}`);
    const proxy = new MongoOutageProxy(target.host, target.port);
    await proxy.resume();
    return proxy;
  }

  get port(): number {
    return this.#port;
  }

  get isDown(): boolean {
    return this.#server === undefined;
  }

  /** `uri` with the proxy in place of its host; `directConnection` keeps the driver from bypassing it. */
  proxiedUri(uri: string): string {
    const proxied = uri.replace(
      /^(mongodb:\/\/(?:[^@/?]*@)?)[^/?]+/u,
      (_match, prefix: string) => `${prefix}127.0.0.1:${this.#port}`,
    );
    return `${proxied}${proxied.includes('?') ? '&' : '?'}directConnection=true`;
  }

  /** The database goes away: every connection is cut and the port stops listening. */
  async pause(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
  }

  /** The database is back on the same port. */
  async resume(): Promise<void> {
    if (this.#server) return;
    const server = createServer((client) => {
      this.#relay(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.#port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.#port = (server.address() as AddressInfo).port;
    this.#server = server;
  }

  async stop(): Promise<void> {
    await this.pause();
  }

  #relay(client: Socket): void {
    const upstream = createConnection({ host: this.targetHost, port: this.targetPort });
    for (const [socket, other] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      this.#sockets.add(socket);
      socket.setNoDelay(true);
      socket.pipe(other);
      socket.on('error', () => other.destroy());
      socket.on('close', () => {
        this.#sockets.delete(socket);
        other.destroy();
      });
    }
  }
}

function singleHostOf(uri: string): { host: string; port: number } | undefined {
  const match = /^mongodb:\/\/(?:[^@/]*@)?([^,/?:]+)(?::(\d+))?(?:[/?]|$)/u.exec(uri);
  if (!match?.[1]) return undefined;
  return { host: match[1], port: Number(match[2] ?? 27017) };
}
