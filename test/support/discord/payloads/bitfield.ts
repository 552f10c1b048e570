/**
 * discord-api-types models bitfields (message flags, user flags, ...) as enums, but a bitfield is any
 * combination of members, including none. This is the one place a plain number becomes such a type.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the bitfield enum a number becomes
export function bitfield<Flags extends number>(bits = 0): Flags {
  return bits as Flags;
}
