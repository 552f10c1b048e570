/**
 * Where a mentor stands, computed from the stored profile and the clock: shared by the profile service
 * (roles, the profile view), the search (who is offered) and the specialty service (who holds roles).
 */
import type { ApprovalState, MentorProfile, MentorStatus } from '../../models/mentor-profile.model.js';
import type { Specialty } from '../../models/specialty.model.js';

/**
 * Approval states of mentors the server recognises: offered in search and given roles. "not-required"
 * stays recognised when a server turns its formal program on later: mentors it had already accepted are
 * not sent back to review.
 */
export const RECOGNISED_APPROVAL_STATES: readonly ApprovalState[] = ['not-required', 'approved'];

/** "paused" turns back into "active" by itself once `pausedUntil` has passed. */
export function effectiveStatus(profile: Pick<MentorProfile, 'status' | 'pausedUntil'>, now: Date): MentorStatus {
  if (profile.status === 'paused' && profile.pausedUntil !== null && profile.pausedUntil <= now) return 'active';
  return profile.status;
}

export function isRecognised(profile: Pick<MentorProfile, 'status' | 'approval'>): boolean {
  return profile.status !== 'retired' && RECOGNISED_APPROVAL_STATES.includes(profile.approval.state);
}

/** The Discord roles a mentor should hold: the mentor role and their specialties' roles, while recognised. */
export function rolesHeld(
  profile: Pick<MentorProfile, 'status' | 'approval' | 'specialties'>,
  specialties: readonly Specialty[],
  mentorRoleId: string | null,
): string[] {
  if (!isRecognised(profile)) return [];
  const roles = [
    mentorRoleId,
    ...profile.specialties.map((slug) => specialties.find((s) => s.slug === slug)?.roleId ?? null),
  ];
  return [...new Set(roles.filter((role): role is string => role !== null))];
}

/** Whether members can be offered this mentor now: active (or paused past its end), recognised, with room. */
export function isOffered(
  profile: Pick<MentorProfile, 'status' | 'pausedUntil' | 'approval' | 'capacity' | 'activeMenteeCount'>,
  now: Date,
): boolean {
  return (
    effectiveStatus(profile, now) === 'active' && isRecognised(profile) && profile.activeMenteeCount < profile.capacity
  );
}
