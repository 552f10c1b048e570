import { GatewayCloseCodes, GatewayOpcodes } from 'discord-api-types/v10';
import type { WebSocket } from 'ws';
import type { GatewaySession } from './gateway-session.js';

/** What a connection asks of the server once it has decoded a frame. */
export interface GatewayProtocolHandler {
  recordFrame(connection: GatewayConnection, op: GatewayOpcodes | null, d: unknown): void;
  identify(connection: GatewayConnection, d: unknown): void;
  resume(connection: GatewayConnection, d: unknown): void;
  requestGuildMembers(connection: GatewayConnection, session: GatewaySession, d: unknown): void;
  connectionClosed(connection: GatewayConnection, code: number): void;
}

/**
 * One WebSocket: HELLO, heartbeats, and routing of the client's opcodes. JSON text frames only, since the
 * client cannot inflate uncompressed binary frames and zlib-sync is not installed.
 */
export class GatewayConnection {
  session: GatewaySession | null = null;

  constructor(
    readonly id: number,
    /** `/gateway` for fresh connections, `/gateway/resume` when the client used `resume_gateway_url`. */
    readonly path: string,
    private readonly socket: WebSocket,
    private readonly handler: GatewayProtocolHandler,
    heartbeatIntervalMs: number,
  ) {
    socket.on('message', (raw: Buffer, isBinary) => {
      this.#receive(raw.toString('utf8'), isBinary);
    });
    socket.on('close', (code) => {
      handler.connectionClosed(this, code);
    });
    this.send({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: heartbeatIntervalMs } });
  }

  get isOpen(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  send(payload: unknown): void {
    if (this.isOpen) this.socket.send(JSON.stringify(payload), { binary: false });
  }

  close(code: number, reason: string): void {
    if (this.isOpen) this.socket.close(code, reason);
  }

  /** Cuts the TCP connection without a close frame, as a network failure would (the client sees 1006). */
  terminate(): void {
    this.socket.terminate();
  }

  #receive(text: string, isBinary: boolean): void {
    let frame: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary frames are ETF or compressed, neither of which the emulator speaks');
      frame = JSON.parse(text) as { op?: unknown; d?: unknown };
    } catch {
      this.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const op = toGatewayOpcode(frame.op);
    this.handler.recordFrame(this, op, frame.d);
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        this.send({ op: GatewayOpcodes.HeartbeatAck });
        return;
      case GatewayOpcodes.Identify:
        if (this.session) {
          this.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
          return;
        }
        this.handler.identify(this, frame.d);
        return;
      case GatewayOpcodes.Resume:
        this.handler.resume(this, frame.d);
        return;
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
        if (!this.session) {
          this.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
          return;
        }
        if (op === GatewayOpcodes.RequestGuildMembers) this.handler.requestGuildMembers(this, this.session, frame.d);
        return;
      default:
        this.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }
}

const OPCODES = Object.values(GatewayOpcodes).filter((value): value is GatewayOpcodes => typeof value === 'number');

function toGatewayOpcode(value: unknown): GatewayOpcodes | null {
  return OPCODES.find((op) => op === value) ?? null;
}
