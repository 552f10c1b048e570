/** A mentor can block a member from asking them for mentorship, and lift the block. */
import { z } from 'zod';
import type { Clock } from '../clock.js';
import { ForbiddenError } from '../errors.js';
import { deleteMentorBlock, isBlockedBy, saveMentorBlock } from '../../models/mentor-block.model.js';
import { discordId, parseInput } from './service-input.js';

const blockSchema = z.object({ guildId: discordId, mentorId: discordId, memberId: discordId });
export type MentorBlockInput = z.input<typeof blockSchema>;

export async function blockMember(input: MentorBlockInput, clock: Clock): Promise<void> {
  const { guildId, mentorId, memberId } = parseInput(blockSchema, input);
  if (mentorId === memberId) throw new ForbiddenError('requests.errors.cannotBlockSelf');
  await saveMentorBlock({ guildId, mentorId, memberId, createdAt: clock.now() });
}

/** Whether there was a block to lift. */
export async function unblockMember(input: MentorBlockInput): Promise<boolean> {
  const { guildId, mentorId, memberId } = parseInput(blockSchema, input);
  return deleteMentorBlock(guildId, mentorId, memberId);
}

export async function isMemberBlocked(input: MentorBlockInput): Promise<boolean> {
  const { guildId, mentorId, memberId } = parseInput(blockSchema, input);
  return isBlockedBy(guildId, mentorId, memberId);
}
