/**
 * The search's read model: per server, every mentor who could be offered (not retired, recognised by the
 * server) grouped by specialty and time zone and ready to rank, the specialty catalog, and the time zones
 * and hours of members who searched, so a search reads no profile at all. MongoDB stays the source of
 * truth: every search first reads the server's revision (one small document, see
 * models/mentor-directory.model.ts), and when another write landed since, in this process or any other,
 * re-reads just what changed before answering. A process starts empty and builds each server from MongoDB
 * on its first search.
 */
import {
  ALL_MEMBERS,
  ALL_MENTORS,
  SPECIALTIES_CHANGED,
  ensureDirectoryRevision,
  findDirectoryChanges,
  findDirectoryRevision,
  memberOfKey,
} from '../../../models/mentor-directory.model.js';
import { findMemberProfile, type MemberProfile } from '../../../models/member-profile.model.js';
import { findSearchableMentors, type MentorProfile } from '../../../models/mentor-profile.model.js';
import { RECOGNISED_APPROVAL_STATES } from '../mentor-standing.js';
import { listSpecialties, type Specialty } from '../specialty.service.js';
import { TagTable, toDirectoryEntry, type DirectoryEntry } from './directory-entry.js';

/**
 * A safety net, not the way changes arrive: a copy this old is rebuilt in the background, which repairs
 * one that missed a change because its writer died between writing a profile and recording it.
 */
const REBUILD_AFTER_MS = 10 * 60_000;
/** Members whose time zone and hours are kept; past this the cache starts over (they are one read each). */
const MAX_MEMBERS_KEPT = 10_000;

/** Mentors of one specialty in one time zone: zone facts are worked out once per group, not per mentor. */
export interface ZoneGroup {
  readonly timezone: string;
  readonly entries: readonly DirectoryEntry[];
}

/** A specialty's mentors, by time zone, and the table their skill numbers refer to. */
export interface SpecialtyMentors {
  readonly groups: readonly ZoneGroup[];
  readonly tags: TagTable;
}

/** One server's search inputs at one revision. */
export class ServerDirectory {
  private readonly mentors = new Map<string, DirectoryEntry>();
  private readonly tags = new TagTable();
  private bySpecialty: Map<string, ZoneGroup[]> | null = null;
  private catalog: Promise<Specialty[]> | null = null;
  private readonly members = new Map<string, MemberProfile | null>();

  constructor(
    readonly guildId: string,
    readonly epoch: string,
    public revision: number,
    profiles: readonly MentorProfile[],
    readonly builtAt = performance.now(),
  ) {
    for (const profile of profiles) this.mentors.set(profile.userId, toDirectoryEntry(profile, this.tags));
  }

  get size(): number {
    return this.mentors.size;
  }

  /** Mentors of a specialty who may be offered (paused and full ones too; the search filters by now). */
  inSpecialty(slug: string): SpecialtyMentors {
    if (this.bySpecialty === null) {
      const groups = new Map<string, Map<string, DirectoryEntry[]>>();
      for (const entry of this.mentors.values()) {
        for (const specialty of entry.profile.specialties) {
          let zones = groups.get(specialty);
          if (zones === undefined) groups.set(specialty, (zones = new Map<string, DirectoryEntry[]>()));
          let group = zones.get(entry.profile.timezone);
          if (group === undefined) zones.set(entry.profile.timezone, (group = []));
          group.push(entry);
        }
      }
      this.bySpecialty = new Map(
        [...groups].map(([slug, zones]) => [slug, [...zones].map(([timezone, entries]) => ({ timezone, entries }))]),
      );
    }
    return { groups: this.bySpecialty.get(slug) ?? [], tags: this.tags };
  }

  /** The catalog, archived specialties included (seeded on the server's first use). */
  specialties(): Promise<Specialty[]> {
    if (this.catalog === null) {
      const revision = this.revision;
      const reading = listSpecialties(this.guildId, { includeArchived: true });
      this.catalog = reading;
      // A read that failed, or that a change overtook, is not kept.
      reading.then(
        () => {
          if (this.revision !== revision && this.catalog === reading) this.catalog = null;
        },
        () => {
          if (this.catalog === reading) this.catalog = null;
        },
      );
    }
    return this.catalog;
  }

  /** A member's own profile (time zone, hours), or null if they never gave one. */
  async member(userId: string): Promise<MemberProfile | null> {
    if (this.members.has(userId)) return this.members.get(userId) ?? null;
    const revision = this.revision;
    const profile = await findMemberProfile(this.guildId, userId);
    // Kept only if no change was applied meanwhile: the read may predate it.
    if (this.revision === revision) {
      if (this.members.size >= MAX_MEMBERS_KEPT) this.members.clear();
      this.members.set(userId, profile);
    }
    return profile;
  }

  /** Applies changes read from the log: mentors re-read as `profiles` now, members and catalog dropped. */
  apply(keys: readonly string[], profiles: readonly MentorProfile[], revision: number): void {
    for (const key of keys) {
      const member = memberOfKey(key);
      if (key === SPECIALTIES_CHANGED) this.catalog = null;
      else if (key === ALL_MEMBERS) this.members.clear();
      else if (member !== null) this.members.delete(member);
      else this.mentors.delete(key);
    }
    for (const profile of profiles) this.mentors.set(profile.userId, toDirectoryEntry(profile, this.tags));
    this.bySpecialty = null;
    this.revision = revision;
  }
}

export class MentorDirectory {
  private readonly servers = new Map<string, ServerDirectory>();
  private readonly refreshes = new Map<string, Promise<ServerDirectory>>();
  private readonly rebuilds = new Set<string>();

  /** The server's search inputs as of the latest change recorded by any process before this call. */
  async current(guildId: string): Promise<ServerDirectory> {
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

  private refresh(guildId: string): Promise<ServerDirectory> {
    let pending = this.refreshes.get(guildId);
    if (pending === undefined) {
      pending = this.catchUp(guildId).finally(() => this.refreshes.delete(guildId));
      this.refreshes.set(guildId, pending);
    }
    return pending;
  }

  /** Reads only what changed when the change log still covers the gap, else the whole server. */
  private async catchUp(guildId: string): Promise<ServerDirectory> {
    const held = this.servers.get(guildId);
    const log = held === undefined ? null : await findDirectoryChanges(guildId);
    if (held === undefined || log === null || log.epoch !== held.epoch) return this.build(guildId);
    const behind = log.revision - held.revision;
    if (behind <= 0) return held;
    const missed = [...new Set(log.changed.slice(-behind))];
    if (log.changed.length < behind || missed.includes(ALL_MENTORS)) return this.build(guildId);
    const mentorIds = missed.filter((key) => key !== SPECIALTIES_CHANGED && memberOfKey(key) === null);
    // Read after the log: every change the log counts has landed, so these profiles include them all.
    const profiles =
      mentorIds.length === 0 ? [] : await findSearchableMentors(guildId, RECOGNISED_APPROVAL_STATES, mentorIds);
    held.apply(missed, profiles, log.revision);
    return held;
  }

  private async build(guildId: string): Promise<ServerDirectory> {
    // The revision first, then the profiles: they include every change the revision counts.
    const head = await ensureDirectoryRevision(guildId);
    const profiles = await findSearchableMentors(guildId, RECOGNISED_APPROVAL_STATES);
    const built = new ServerDirectory(guildId, head.epoch, head.revision, profiles);
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
