import type { IncomingMessage } from 'node:http';
import { DiscordErrors } from './discord-error.js';
import type { UploadedFile } from './router.js';

export async function readRawBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** JSON bodies, or multipart ones: discord.js sends files that way, with the JSON in `payload_json`. */
export function parseBody(raw: Buffer, contentType: string | undefined): { body: unknown; files: UploadedFile[] } {
  if (raw.length === 0) return { body: undefined, files: [] };
  const boundary = /boundary="?([^";]+)"?/.exec(contentType ?? '')?.[1];
  if (contentType?.startsWith('multipart/form-data') && boundary) return parseMultipart(raw, boundary);
  return { body: parseJson(raw.toString('utf8')), files: [] };
}

/**
 * Just enough multipart for what discord.js sends: each part's name, filename and, for `payload_json`,
 * its text. File contents are not kept; tests assert on names.
 */
function parseMultipart(raw: Buffer, boundary: string): { body: unknown; files: UploadedFile[] } {
  const files: UploadedFile[] = [];
  let body: unknown;
  for (const part of raw.toString('latin1').split(`--${boundary}`)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd === -1) continue;
    const headers = part.slice(0, headerEnd);
    const name = /name="([^"]*)"/.exec(headers)?.[1];
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (!name) continue;
    if (filename !== undefined) {
      files.push({ field: name, filename: Buffer.from(filename, 'latin1').toString('utf8') });
    } else if (name === 'payload_json') {
      const content = part.slice(headerEnd + 4).replace(/\r\n$/, '');
      body = parseJson(Buffer.from(content, 'latin1').toString('utf8'));
    }
  }
  return { body, files };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw DiscordErrors.invalidJson();
  }
}
