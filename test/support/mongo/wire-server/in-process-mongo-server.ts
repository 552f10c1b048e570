import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import type { ServerIdentity, ServerParameters } from './command-context.js';
import { CommandDispatcher } from './command-dispatcher.js';
import { COMMANDS } from './command-table.js';
import { CursorRegistry } from './cursor-registry.js';
import { MessageFramer } from './protocol/message-framer.js';
import { decodeMessage, encodeReply } from './protocol/wire-message.js';
import { ServerStore } from './storage/server-store.js';
import { TtlMonitor } from './storage/ttl-monitor.js';

export interface InProcessMongoServerOptions {
  /** Interface to listen on; 127.0.0.1 unless told otherwise. */
  readonly host?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
}

/**
 * A MongoDB-compatible server inside this Node process, for tests: the driver and mongoose connect to
 * it over TCP as to a standalone mongod. Every command is decoded, executed and answered synchronously
 * within one `data` event, so each one is atomic with respect to every other client.
 */
export class InProcessMongoServer {
  private readonly store = new ServerStore();
  private readonly cursors = new CursorRegistry();
  private readonly dispatcher = new CommandDispatcher(COMMANDS);
  private readonly parameters: ServerParameters = { ttlMonitorSleepSecs: 1 };
  private readonly ttlMonitor = new TtlMonitor(this.store, this.parameters);
  private readonly sockets = new Set<Socket>();
  private nextConnectionId = 1;
  private nextReplyId = 1;

  private constructor(
    private readonly server: Server,
    readonly host: string,
    private readonly startedAt: Date,
  ) {}

  static async start(options: InProcessMongoServerOptions = {}): Promise<InProcessMongoServer> {
    const host = options.host ?? '127.0.0.1';
    const server = createServer();
    const instance = new InProcessMongoServer(server, host, new Date());
    server.on('connection', (socket) => {
      instance.accept(socket);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    instance.ttlMonitor.start();
    return instance;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** `mongodb://host:port/<databaseName>`. */
  uri(databaseName = ''): string {
    return `mongodb://${this.host}:${this.port}/${databaseName}`;
  }

  async stop(): Promise<void> {
    this.ttlMonitor.stop();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }

  private get identity(): ServerIdentity {
    return { host: this.host, port: this.port, startedAt: this.startedAt, parameters: this.parameters };
  }

  private accept(socket: Socket): void {
    socket.setNoDelay(true);
    this.sockets.add(socket);
    const framer = new MessageFramer();
    const target = {
      store: this.store,
      cursors: this.cursors,
      server: this.identity,
      connectionId: this.nextConnectionId,
    };
    this.nextConnectionId += 1;
    socket.on('data', (chunk: Buffer) => {
      try {
        for (const frame of framer.push(chunk)) {
          const command = decodeMessage(frame);
          const reply = this.dispatcher.dispatch(command.databaseName, command.body, target);
          if (command.expectsReply) {
            socket.write(encodeReply(command, reply, this.nextReplyId));
            this.nextReplyId += 1;
          }
        }
      } catch (error) {
        // A stream that cannot be decoded cannot be answered; closing it is what mongod does too.
        console.error('[in-process mongo] closing connection:', error instanceof Error ? error.message : error);
        socket.destroy();
      }
    });
    socket.on('error', () => {
      socket.destroy();
    });
    socket.on('close', () => {
      this.sockets.delete(socket);
    });
  }
}
