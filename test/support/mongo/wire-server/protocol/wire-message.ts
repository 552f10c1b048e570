/**
 * MongoDB wire protocol messages: OP_MSG (every command since MongoDB 3.6) and the legacy OP_QUERY the
 * driver still uses for its first handshake, answered with OP_REPLY.
 * https://www.mongodb.com/docs/manual/reference/mongodb-wire-protocol/
 */
import { deserialize, serialize } from 'bson';
import { normalizeDecodedNumbers } from '../bson-numbers.js';
import type { Document } from '../document.js';

const OP_REPLY = 1;
const OP_QUERY = 2004;
const OP_COMPRESSED = 2012;
const OP_MSG = 2013;

const HEADER_BYTES = 16;
const FLAG_CHECKSUM_PRESENT = 1;
const FLAG_MORE_TO_COME = 1 << 1;

export interface IncomingCommand {
  readonly requestId: number;
  readonly opCode: typeof OP_MSG | typeof OP_QUERY;
  readonly databaseName: string;
  /** The command document, with OP_MSG document sequences (e.g. `documents` of an insert) merged in. */
  readonly body: Document;
  /** False for unacknowledged writes (OP_MSG moreToCome): the client expects no reply. */
  readonly expectsReply: boolean;
}

export class WireProtocolError extends Error {}

/** Decodes one BSON document keeping every number's type (int32, int64, double), as mongod does. */
function readDocument(buffer: Buffer, offset: number): { document: Document; end: number } {
  const size = buffer.readInt32LE(offset);
  const document: Document = deserialize(buffer.subarray(offset, offset + size), { promoteValues: false });
  normalizeDecodedNumbers(document);
  return { document, end: offset + size };
}

function readCString(buffer: Buffer, offset: number): { value: string; end: number } {
  const terminator = buffer.indexOf(0, offset);
  if (terminator < 0) throw new WireProtocolError('unterminated string in message');
  return { value: buffer.toString('utf8', offset, terminator), end: terminator + 1 };
}

function decodeOpMsg(frame: Buffer, requestId: number): IncomingCommand {
  const flags = frame.readUInt32LE(HEADER_BYTES);
  const end = frame.length - (flags & FLAG_CHECKSUM_PRESENT ? 4 : 0);
  let offset = HEADER_BYTES + 4;
  let body: Document | undefined;
  const sequences: [string, Document[]][] = [];
  while (offset < end) {
    const kind = frame.readUInt8(offset);
    offset += 1;
    if (kind === 0) {
      const read = readDocument(frame, offset);
      body = read.document;
      offset = read.end;
    } else if (kind === 1) {
      const sectionEnd = offset + frame.readInt32LE(offset);
      const identifier = readCString(frame, offset + 4);
      const documents: Document[] = [];
      let position = identifier.end;
      while (position < sectionEnd) {
        const read = readDocument(frame, position);
        documents.push(read.document);
        position = read.end;
      }
      sequences.push([identifier.value, documents]);
      offset = sectionEnd;
    } else {
      throw new WireProtocolError(`unknown OP_MSG section kind ${kind}`);
    }
  }
  if (!body) throw new WireProtocolError('OP_MSG without a body section');
  for (const [identifier, documents] of sequences) body[identifier] = documents;
  const databaseName = typeof body.$db === 'string' ? body.$db : 'admin';
  return { requestId, opCode: OP_MSG, databaseName, body, expectsReply: (flags & FLAG_MORE_TO_COME) === 0 };
}

function decodeOpQuery(frame: Buffer, requestId: number): IncomingCommand {
  const collection = readCString(frame, HEADER_BYTES + 4);
  // Skip numberToSkip and numberToReturn; a command query always answers with one document.
  const { document } = readDocument(frame, collection.end + 8);
  const wrapped = document.$query;
  const body =
    typeof wrapped === 'object' && wrapped !== null && !Array.isArray(wrapped) ? (wrapped as Document) : document;
  const [databaseName = 'admin', target] = collection.value.split('.', 2);
  if (target !== '$cmd')
    throw new WireProtocolError(`legacy OP_QUERY is only supported for commands, got ${collection.value}`);
  return { requestId, opCode: OP_QUERY, databaseName, body, expectsReply: true };
}

/** Decodes one complete message (header included). */
export function decodeMessage(frame: Buffer): IncomingCommand {
  const requestId = frame.readInt32LE(4);
  const opCode = frame.readInt32LE(12);
  if (opCode === OP_MSG) return decodeOpMsg(frame, requestId);
  if (opCode === OP_QUERY) return decodeOpQuery(frame, requestId);
  if (opCode === OP_COMPRESSED)
    throw new WireProtocolError('OP_COMPRESSED received although no compressor was offered');
  throw new WireProtocolError(`unsupported opCode ${opCode}`);
}

function header(length: number, requestId: number, responseTo: number, opCode: number): Buffer {
  const buffer = Buffer.alloc(HEADER_BYTES);
  buffer.writeInt32LE(length, 0);
  buffer.writeInt32LE(requestId, 4);
  buffer.writeInt32LE(responseTo, 8);
  buffer.writeInt32LE(opCode, 12);
  return buffer;
}

/** Encodes the reply to a command in the protocol the command came in. */
export function encodeReply(request: IncomingCommand, reply: Document, requestId: number): Buffer {
  const payload = serialize(reply);
  if (request.opCode === OP_MSG) {
    const prefix = Buffer.alloc(5);
    prefix.writeUInt32LE(0, 0);
    prefix.writeUInt8(0, 4);
    const length = HEADER_BYTES + prefix.length + payload.length;
    return Buffer.concat([header(length, requestId, request.requestId, OP_MSG), prefix, payload]);
  }
  // OP_REPLY: responseFlags, cursorID (int64), startingFrom, numberReturned, then the document.
  const fields = Buffer.alloc(20);
  fields.writeInt32LE(1, 16);
  const length = HEADER_BYTES + fields.length + payload.length;
  return Buffer.concat([header(length, requestId, request.requestId, OP_REPLY), fields, payload]);
}
