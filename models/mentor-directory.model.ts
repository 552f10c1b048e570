/**
 * How far each server's search inputs have changed, so every process can keep an in-memory read model of
 * them (the mentor search) and learn in one small read whether its copy is current. One document per
 * server: `revision` counts changes, `changed` holds the keys of the latest ones (the last entry is the
 * change that made `revision`, the one before it `revision - 1`, and so on), and `epoch` is new whenever
 * the document is created, so a reader whose copy came from another database (restored, emptied) rebuilds
 * instead of trusting a revision number that means something else now.
 *
 * A key is a mentor's user id (their profile changed), `member:<user id>` (a member's time zone or hours),
 * `specialties` (the catalog), or one of the "everything of that kind" keys below.
 *
 * Writers record a change after their write has landed (the middleware installed by `recordEveryChange`),
 * so a reader that sees revision R can read every change up to R from the documents themselves.
 */
import { randomUUID } from 'node:crypto';
import mongoose, { Schema, type Query } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';

/** Stands in `changed` for "any mentor profile of the server may have changed": readers rebuild. */
export const ALL_MENTORS = '*';
/** The server's specialty catalog changed. */
export const SPECIALTIES_CHANGED = 'specialties';
const MEMBER_PREFIX = 'member:';
/** Any member profile of the server may have changed. */
export const ALL_MEMBERS = `${MEMBER_PREFIX}*`;

/** The key of a change to a member's own profile (time zone, hours), or null for another kind of key. */
export function memberOfKey(key: string): string | null {
  return key.startsWith(MEMBER_PREFIX) ? key.slice(MEMBER_PREFIX.length) : null;
}

/** What a model's writes change, as change keys. */
export interface ChangeKinds {
  /** The key for one document, from its user id (absent for documents that have none). */
  keyOf(userId: string | undefined): string;
  /** The key when a write may have touched any document of the server. */
  everything: string;
}

export const MENTOR_CHANGES: ChangeKinds = { keyOf: (userId) => userId ?? ALL_MENTORS, everything: ALL_MENTORS };
export const MEMBER_CHANGES: ChangeKinds = {
  keyOf: (userId) => (userId === undefined ? ALL_MEMBERS : `${MEMBER_PREFIX}${userId}`),
  everything: ALL_MEMBERS,
};
export const SPECIALTY_CHANGES: ChangeKinds = { keyOf: () => SPECIALTIES_CHANGED, everything: SPECIALTIES_CHANGED };
/** Changes a reader can catch up on one by one; further behind, it rebuilds. */
export const CHANGE_LOG_LENGTH = 256;

export interface DirectoryRevision {
  epoch: string;
  revision: number;
}

export interface DirectoryChanges extends DirectoryRevision {
  /** Keys of the latest changes, oldest first, at most CHANGE_LOG_LENGTH. */
  changed: string[];
}

interface MentorDirectoryDoc extends DirectoryChanges {
  /** The server id. */
  _id: string;
}

const mentorDirectorySchema = new Schema<MentorDirectoryDoc>(
  {
    _id: { type: String, required: true },
    epoch: { type: String, required: true },
    revision: { type: Number, required: true },
    changed: { type: [String], default: [] },
  },
  { versionKey: false },
);

export const MentorDirectoryModel = mongoose.model<MentorDirectoryDoc>('MentorDirectory', mentorDirectorySchema);

/** Counts the changes and logs their keys: one atomic update, creating the document if needed. */
export async function recordChanges(guildId: string, keys: readonly string[]): Promise<void> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return;
  const entries = unique.length > CHANGE_LOG_LENGTH ? [ALL_MENTORS] : unique;
  const update = {
    $inc: { revision: entries.length },
    $push: { changed: { $each: entries, $slice: -CHANGE_LOG_LENGTH } },
    $setOnInsert: { epoch: randomUUID() },
  };
  try {
    await MentorDirectoryModel.updateOne({ _id: guildId }, update, { upsert: true });
  } catch (error) {
    // Two first writes of a server raced to create the document; the loser's update now finds it.
    if (!isDuplicateKeyError(error)) throw error;
    await MentorDirectoryModel.updateOne({ _id: guildId }, update, { upsert: true });
  }
}

/** For a write that named no server: every server records `key`. */
export async function recordChangesEverywhere(key: string): Promise<void> {
  await MentorDirectoryModel.updateMany(
    {},
    { $inc: { revision: 1 }, $push: { changed: { $each: [key], $slice: -CHANGE_LOG_LENGTH } } },
  );
}

/**
 * The cheap read every search makes: the revision alone, without the log. It goes to the driver directly:
 * mongoose's query building costs twice the read itself, and there is nothing to cast in `{ _id }`.
 */
export async function findDirectoryRevision(guildId: string): Promise<DirectoryRevision | null> {
  const doc = await MentorDirectoryModel.collection.findOne<MentorDirectoryDoc>(
    { _id: guildId } as Record<string, unknown>,
    { projection: { changed: 0 } },
  );
  return doc === null ? null : { epoch: doc.epoch, revision: doc.revision };
}

export async function findDirectoryChanges(guildId: string): Promise<DirectoryChanges | null> {
  const doc = await MentorDirectoryModel.findOne({ _id: guildId }).lean<MentorDirectoryDoc>();
  return doc === null ? null : { epoch: doc.epoch, revision: doc.revision, changed: doc.changed };
}

/**
 * The server's revision, creating the document (revision 0) if no profile was ever written through the
 * middleware, so a reader always builds against an epoch of this database.
 */
export async function ensureDirectoryRevision(guildId: string): Promise<DirectoryRevision> {
  const found = await findDirectoryRevision(guildId);
  if (found !== null) return found;
  try {
    await MentorDirectoryModel.create({ _id: guildId, epoch: randomUUID(), revision: 0, changed: [] });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const created = await findDirectoryRevision(guildId);
  if (created === null) throw new Error(`The mentor directory revision of ${guildId} vanished after its creation`);
  return created;
}

interface ServerDocument {
  guildId: string;
  userId?: string;
}

const QUERY_WRITES: ('updateOne' | 'updateMany' | 'replaceOne' | 'deleteOne' | 'deleteMany')[] = [
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
];
const DOCUMENT_RETURNING_WRITES: ('findOneAndUpdate' | 'findOneAndReplace' | 'findOneAndDelete')[] = [
  'findOneAndUpdate',
  'findOneAndReplace',
  'findOneAndDelete',
];

type AnyQuery = Query<unknown, unknown>;

/**
 * Makes every write through the model of `schema` record what it changed, once it has landed: saves and
 * creates, insertMany, and every update, replace and delete query, including ones added later or made by
 * tests. An insertMany that failed part-way may have inserted some documents, so it records too.
 * (bulkWrite and the raw collection bypass mongoose middleware; the product uses neither.)
 */
export function recordEveryChange<T extends ServerDocument>(schema: Schema<T>, kinds: ChangeKinds): void {
  schema.post('save', async function (doc: ServerDocument) {
    await recordChanges(doc.guildId, [kinds.keyOf(doc.userId)]);
  });
  schema.post('insertMany', async function (inserted: unknown) {
    const byGuild = new Map<string, string[]>();
    // mongoose types this hook's argument as the model; it is the inserted documents.
    for (const doc of inserted as ServerDocument[]) {
      byGuild.set(doc.guildId, [...(byGuild.get(doc.guildId) ?? []), kinds.keyOf(doc.userId)]);
    }
    for (const [guildId, keys] of byGuild) await recordChanges(guildId, keys);
  });
  schema.post('insertMany', { errorHandler: true }, async function (error: unknown) {
    await recordChangesEverywhere(kinds.everything);
    throw error;
  });
  schema.post<AnyQuery>(DOCUMENT_RETURNING_WRITES, async function (doc) {
    const written = doc as Partial<ServerDocument> | null;
    if (written === null) return;
    if (typeof written.guildId === 'string') {
      await recordChanges(written.guildId, [
        kinds.keyOf(typeof written.userId === 'string' ? written.userId : undefined),
      ]);
    } else {
      await recordFromFilter(this.getFilter(), kinds);
    }
  });
  schema.post<AnyQuery>(QUERY_WRITES, { document: false, query: true }, async function (result) {
    const outcome = result as WriteOutcome | null | undefined;
    if (outcome && changedNothing(outcome)) return;
    await recordFromFilter(this.getFilter(), kinds);
  });
}

interface WriteOutcome {
  modifiedCount?: number;
  upsertedCount?: number;
  deletedCount?: number;
}

function changedNothing(result: WriteOutcome): boolean {
  const counts = [result.modifiedCount, result.upsertedCount, result.deletedCount].filter(
    (count): count is number => typeof count === 'number',
  );
  return counts.length > 0 && counts.every((count) => count === 0);
}

/** The documents a write's filter names: one server and some users, or the whole server, or every server. */
async function recordFromFilter(filter: Record<string, unknown>, kinds: ChangeKinds): Promise<void> {
  const { guildId, userId } = filter;
  if (typeof guildId !== 'string') {
    await recordChangesEverywhere(kinds.everything);
    return;
  }
  if (typeof userId === 'string') {
    await recordChanges(guildId, [kinds.keyOf(userId)]);
    return;
  }
  const listed = (userId as { $in?: unknown } | undefined)?.$in;
  const keys =
    Array.isArray(listed) && listed.every((id): id is string => typeof id === 'string')
      ? listed.map((id) => kinds.keyOf(id))
      : [kinds.everything];
  await recordChanges(guildId, keys);
}
