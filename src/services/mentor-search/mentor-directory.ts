/**
 * The search's read model: per server, every mentor who could be offered (not retired, recognised by the
 * server), grouped by specialty and ready to rank, so a search reads no profile at all. MongoDB stays the
 * source of truth: every search first reads the server's directory revision (one small document, see
 * models/mentor-directory.model.ts), and when another write landed since, in this process or any other,
 * re-reads just the profiles that changed before answering. A process starts empty and builds each server
 * from MongoDB on its first search.
 */
import {
  ALL_MENTORS,
  ensureDirectoryRevision,
  findDirectoryChanges,
  findDirectoryRevision,
  type DirectoryRevision,
} from '../../../models/mentor-directory.model.js';
import { findSearchableMentors, type MentorProfile } from '../../../models/mentor-profile.model.js';
import { RECOGNISED_APPROVAL_STATES } from '../mentor-standing.js';
import { toDirectoryEntry, type DirectoryEntry } from './directory-entry.js';

/**
 * A safety net, not the way changes arrive: a copy this old is rebuilt in the background, which repairs
 * one that missed a change because its writer died between writing the profile and recording it.
 */
const REBUILD_AFTER_MS = 10 * 60_000;

/** One server's mentors at one revision. */
export class ServerMentors {
  private readonly entries = new Map<string, DirectoryEntry>();
  private bySpecialty: Map<string, DirectoryEntry[]> | null = null;

  constructor(
    readonly epoch: string,
    public revision: number,
    profiles: readonly MentorProfile[],
    readonly builtAt = performance.now(),
  ) {
    for (const profile of profiles) this.entries.set(profile.userId, toDirectoryEntry(profile));
  }

  get size(): number {
    return this.entries.size;
  }

  /** Offerable-or-nearly mentors of a specialty (paused and full ones too; the search filters by now). */
  inSpecialty(slug: string): readonly DirectoryEntry[] {
    if (this.bySpecialty === null) {
      const groups = new Map<string, DirectoryEntry[]>();
      for (const entry of this.entries.values()) {
        for (const specialty of entry.profile.specialties) {
          let group = groups.get(specialty);
          if (group === undefined) groups.set(specialty, (group = []));
          group.push(entry);
        }
      }
      this.bySpecialty = groups;
    }
    return this.bySpecialty.get(slug) ?? [];
  }

  /** Replaces what is known of these users by their profiles as read now (absent: no longer searchable). */
  apply(userIds: readonly string[], profiles: readonly MentorProfile[], revision: number): void {
    for (const userId of userIds) this.entries.delete(userId);
    for (const profile of profiles) this.entries.set(profile.userId, toDirectoryEntry(profile));
    this.bySpecialty = null;
    this.revision = revision;
  }
}

export class MentorDirectory {
  private readonly servers = new Map<string, ServerMentors>();
  private readonly refreshes = new Map<string, Promise<ServerMentors>>();
  private readonly rebuilds = new Set<string>();

  /** The server's mentors as of the latest change recorded by any process before this call. */
  async current(guildId: string): Promise<ServerMentors> {
    const head = await findDirectoryRevision(guildId);
    const held = this.servers.get(guildId);
    if (held !== undefined && head !== null && held.epoch === head.epoch && held.revision >= head.revision) {
      if (performance.now() - held.builtAt > REBUILD_AFTER_MS) this.rebuildInBackground(guildId);
      return held;
    }
    return this.refresh(guildId);
  }

  /** Forgets every server, as a restart would: the next search of each builds it from MongoDB. */
  clear(): void {
    this.servers.clear();
  }

  private refresh(guildId: string): Promise<ServerMentors> {
    let pending = this.refreshes.get(guildId);
    if (pending === undefined) {
      pending = this.catchUp(guildId).finally(() => this.refreshes.delete(guildId));
      this.refreshes.set(guildId, pending);
    }
    return pending;
  }

  /** Reads only the changed profiles when the change log still covers the gap, else the whole server. */
  private async catchUp(guildId: string): Promise<ServerMentors> {
    const held = this.servers.get(guildId);
    const log = held === undefined ? null : await findDirectoryChanges(guildId);
    if (held === undefined || log === null || log.epoch !== held.epoch) return this.build(guildId);
    const behind = log.revision - held.revision;
    if (behind <= 0) return held;
    const missed = log.changed.slice(-behind);
    if (missed.length < behind || missed.includes(ALL_MENTORS)) return this.build(guildId);
    const userIds = [...new Set(missed)];
    // Read after the log: every change the log counts has landed, so these profiles include them all.
    held.apply(userIds, await findSearchableMentors(guildId, RECOGNISED_APPROVAL_STATES, userIds), log.revision);
    return held;
  }

  private async build(guildId: string): Promise<ServerMentors> {
    // The revision first, then the profiles: they include every change the revision counts.
    const head: DirectoryRevision = await ensureDirectoryRevision(guildId);
    const profiles = await findSearchableMentors(guildId, RECOGNISED_APPROVAL_STATES);
    const built = new ServerMentors(head.epoch, head.revision, profiles);
    const held = this.servers.get(guildId);
    // A refresh that finished meanwhile may hold a later revision; keep whichever is newer.
    if (held === undefined || held.epoch !== built.epoch || held.revision <= built.revision) {
      this.servers.set(guildId, built);
      return built;
    }
    return held;
  }

  private rebuildInBackground(guildId: string): void {
    if (this.rebuilds.has(guildId)) return;
    this.rebuilds.add(guildId);
    // A failed rebuild leaves the current copy in place; the next search past the age tries again.
    this.build(guildId)
      .catch(() => undefined)
      .finally(() => this.rebuilds.delete(guildId));
  }
}

/** The process's directory; tests make more to stand for other processes. */
export const mentorDirectory = new MentorDirectory();
