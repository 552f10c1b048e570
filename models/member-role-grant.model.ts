/**
 * The Discord roles the bot manages for one member of a server: what it gave them (and still believes they
 * hold) plus what it failed to take back. Reconciling compares this with what the member earns, so a role
 * the server stopped using (an old mentor role) is still taken back from the members the bot gave it to.
 */
import mongoose, { Schema } from 'mongoose';

export interface MemberRoleGrant {
  guildId: string;
  userId: string;
  roleIds: string[];
}

const memberRoleGrantSchema = new Schema<MemberRoleGrant>(
  {
    guildId: { type: String, required: true },
    userId: { type: String, required: true },
    roleIds: { type: [String], default: [] },
  },
  { timestamps: true },
);
// One document per member per server; the guildId prefix also serves "everyone with grants on this server".
memberRoleGrantSchema.index({ guildId: 1, userId: 1 }, { unique: true });

export const MemberRoleGrantModel = mongoose.model<MemberRoleGrant>('MemberRoleGrant', memberRoleGrantSchema);

/** The roles granted to each of these members; members without a document have none. */
export async function findRoleGrants(guildId: string, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const docs = await MemberRoleGrantModel.find({ guildId, userId: { $in: userIds } })
    .select({ userId: 1, roleIds: 1 })
    .lean<Pick<MemberRoleGrant, 'userId' | 'roleIds'>[]>();
  return new Map(docs.map((doc) => [doc.userId, [...doc.roleIds]]));
}

/** The query behind `findUserIdsWithGrants`; exported so a test can explain it. */
export function usersWithGrantsQuery(guildId: string) {
  return MemberRoleGrantModel.find({ guildId, 'roleIds.0': { $exists: true } }).select({ userId: 1 });
}

/** Members of the server the bot manages at least one role for. */
export async function findUserIdsWithGrants(guildId: string): Promise<string[]> {
  const docs = await usersWithGrantsQuery(guildId).lean<{ userId: string }[]>();
  return docs.map((doc) => doc.userId);
}

/** Replaces the member's granted roles; an empty list removes the document. */
export async function replaceRoleGrant(guildId: string, userId: string, roleIds: readonly string[]): Promise<void> {
  if (roleIds.length === 0) {
    await MemberRoleGrantModel.deleteOne({ guildId, userId });
    return;
  }
  await MemberRoleGrantModel.updateOne({ guildId, userId }, { $set: { roleIds: [...roleIds] } }, { upsert: true });
}
