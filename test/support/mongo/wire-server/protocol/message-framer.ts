import { WireProtocolError } from './wire-message.js';

/** mongod's limit on one message; anything larger is a broken stream, not a command. */
const MAX_MESSAGE_BYTES = 48_000_000;

/**
 * Cuts a TCP byte stream into whole wire messages (each starts with its int32 length), however the
 * bytes were split across `data` events. Chunks of a large message are kept apart until it is complete
 * and joined once, so a 16 MB insert costs one copy rather than one per chunk.
 */
export class MessageFramer {
  private chunks: Buffer[] = [];
  private buffered = 0;

  /** Adds received bytes and returns every message now complete, in order. */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const messages: Buffer[] = [];
    while (this.buffered >= 4) {
      const length = this.peekLength();
      if (length < 16 || length > MAX_MESSAGE_BYTES) throw new WireProtocolError(`invalid message length ${length}`);
      if (this.buffered < length) break;
      const pending = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks, this.buffered);
      messages.push(pending.subarray(0, length));
      const rest = pending.subarray(length);
      this.chunks = rest.length === 0 ? [] : [rest];
      this.buffered = rest.length;
    }
    return messages;
  }

  private peekLength(): number {
    const first = this.chunks[0] as Buffer;
    if (first.length >= 4) return first.readInt32LE(0);
    const head = Buffer.concat(this.chunks, this.buffered).subarray(0, 4);
    return head.readInt32LE(0);
  }
}
