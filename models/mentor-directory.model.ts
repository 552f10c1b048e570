/**
 * How far each server's mentor profiles have changed, so every process can keep an in-memory read model of
 * them (the mentor search) and learn in one small read whether its copy is current. One document per
 * server: `revision` counts changed profiles, `changed` holds the user ids of the latest ones (the last entry
 * is the change that made `revision`, the one before it `revision - 1`, and so on), and `epoch` is new
 * whenever the document is created, so a reader whose copy came from another database (restored, emptied)
 * rebuilds instead of trusting a revision number that means something else now.
 *
 * Writers record a change after their write has landed (the middleware in mentor-profile.model.ts), so a
 * reader that sees revision R can read every change up to R from the profiles themselves.
 */
import { randomUUID } from 'node:crypto';
import mongoose, { Schema, type Query } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key-error.js';

/** Stands in `changed` for "any profile of the server may have changed": readers rebuild. */
export const ALL_MENTORS = '*';
/** Changes a reader can catch up on one by one; further behind, it rebuilds. */
export const CHANGE_LOG_LENGTH = 256;

export interface DirectoryRevision {
  epoch: string;
  revision: number;
}

export interface DirectoryChanges extends DirectoryRevision {
  /** User ids (or ALL_MENTORS) of the latest changes, oldest first, at most CHANGE_LOG_LENGTH. */
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

/** Counts the profiles as changed and logs who they are: one atomic update, creating the document if needed. */
export async function recordMentorChanges(guildId: string, userIds: readonly string[] | 'all'): Promise<void> {
  const unique = userIds === 'all' ? [] : [...new Set(userIds)];
  if (userIds !== 'all' && unique.length === 0) return;
  const entries = userIds === 'all' || unique.length > CHANGE_LOG_LENGTH ? [ALL_MENTORS] : unique;
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

/** For a write that named no server: every server's readers rebuild. */
export async function recordChangesEverywhere(): Promise<void> {
  await MentorDirectoryModel.updateMany(
    {},
    { $inc: { revision: 1 }, $push: { changed: { $each: [ALL_MENTORS], $slice: -CHANGE_LOG_LENGTH } } },
  );
}

/** The cheap read every search makes: the revision alone, without the log. */
export async function findDirectoryRevision(guildId: string): Promise<DirectoryRevision | null> {
  const doc = await MentorDirectoryModel.findOne({ _id: guildId }, { changed: 0 }).lean<MentorDirectoryDoc>();
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

interface ServerMember {
  guildId: string;
  userId: string;
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
 * Makes every write through the model of `schema` record the profiles it changed, once it has landed: saves
 * and creates, insertMany, and every update, replace and delete query, including ones added later or made
 * by tests. (bulkWrite and the raw collection bypass mongoose middleware; the product uses neither.)
 */
export function recordEveryChange<T extends ServerMember>(schema: Schema<T>): void {
  schema.post('save', async function (doc: ServerMember) {
    await recordMentorChanges(doc.guildId, [doc.userId]);
  });
  schema.post('insertMany', async function (inserted: unknown) {
    const byGuild = new Map<string, string[]>();
    // mongoose types this hook's argument as the model; it is the inserted documents.
    for (const doc of inserted as ServerMember[])
      byGuild.set(doc.guildId, [...(byGuild.get(doc.guildId) ?? []), doc.userId]);
    for (const [guildId, userIds] of byGuild) await recordMentorChanges(guildId, userIds);
  });
  schema.post<AnyQuery>(DOCUMENT_RETURNING_WRITES, async function (doc) {
    const written = doc as Partial<ServerMember> | null;
    if (written === null) return;
    if (typeof written.guildId === 'string' && typeof written.userId === 'string') {
      await recordMentorChanges(written.guildId, [written.userId]);
    } else {
      await recordFromFilter(this.getFilter());
    }
  });
  schema.post<AnyQuery>(QUERY_WRITES, { document: false, query: true }, async function (result) {
    const outcome = result as WriteOutcome | null | undefined;
    if (outcome && changedNothing(outcome)) return;
    await recordFromFilter(this.getFilter());
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

/** The profiles a write's filter names: one server and some users, or the whole server, or every server. */
async function recordFromFilter(filter: Record<string, unknown>): Promise<void> {
  const { guildId, userId } = filter;
  if (typeof guildId !== 'string') {
    await recordChangesEverywhere();
    return;
  }
  if (typeof userId === 'string') {
    await recordMentorChanges(guildId, [userId]);
    return;
  }
  const listed = (userId as { $in?: unknown } | undefined)?.$in;
  const userIds =
    Array.isArray(listed) && listed.every((id): id is string => typeof id === 'string') ? listed : ('all' as const);
  await recordMentorChanges(guildId, userIds);
}
