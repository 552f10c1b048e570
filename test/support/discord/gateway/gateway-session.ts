import { GatewayOpcodes, type GatewayDispatchEvents } from 'discord-api-types/v10';
import type { GatewayConnection } from './gateway-connection.js';

export interface DispatchFrame {
  op: GatewayOpcodes.Dispatch;
  t: GatewayDispatchEvents;
  s: number;
  d: unknown;
}

/**
 * A bot session: it outlives connections so a RESUME can replay what was dispatched while the bot was away.
 */
export class GatewaySession {
  #sequence = 0;
  readonly dispatched: DispatchFrame[] = [];
  connection: GatewayConnection | null = null;

  constructor(
    readonly id: string,
    readonly intents: number,
  ) {}

  get sequence(): number {
    return this.#sequence;
  }

  dispatch(event: GatewayDispatchEvents, data: unknown): void {
    this.#sequence += 1;
    const frame: DispatchFrame = { op: GatewayOpcodes.Dispatch, t: event, s: this.#sequence, d: data };
    this.dispatched.push(frame);
    this.connection?.send(frame);
  }

  /** Frames after `sequence`, in order: what a RESUME replays. */
  framesAfter(sequence: number): DispatchFrame[] {
    return this.dispatched.filter((frame) => frame.s > sequence);
  }
}
