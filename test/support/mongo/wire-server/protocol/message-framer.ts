import { WireProtocolError } from './wire-message.js';

/** mongod's limit on one message; anything larger is a broken stream, not a command. */
const MAX_MESSAGE_BYTES = 48_000_000;

/**
 * Cuts a TCP byte stream into whole wire messages (each starts with its int32 length), however the
 * bytes were split across `data` events.
 */
export class MessageFramer {
  private pending: Buffer = Buffer.alloc(0);

  /** Adds received bytes and returns every message now complete, in order. */
  push(chunk: Buffer): Buffer[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const messages: Buffer[] = [];
    while (this.pending.length >= 4) {
      const length = this.pending.readInt32LE(0);
      if (length < 16 || length > MAX_MESSAGE_BYTES) throw new WireProtocolError(`invalid message length ${length}`);
      if (this.pending.length < length) break;
      messages.push(this.pending.subarray(0, length));
      this.pending = this.pending.subarray(length);
    }
    return messages;
  }
}
