import { RequestRefusedError, type UserError } from '../errors.js';
import type { Translator } from '../i18n/i18n.js';
import type { MessageParams } from '../i18n/message.js';
import { userText } from '../views/format.js';
import { REQUEST_STATUSES, type RequestStatus } from '../../models/mentorship-request.model.js';

/** Longest a value repeated from the user may be inside an error: the whole reply stays far below 2,000. */
const MAX_REPEATED = 300;

/**
 * The one place where a typed error becomes words a user reads, in their locale. Every text value
 * is user text until proven otherwise, so it is escaped and shortened; numbers pass as they are (some
 * are timestamps inside `<t:…>`).
 */
export function userMessageFor(error: UserError, tr: Translator): string {
  const params: Record<string, string | number> = escaped(error.details);
  if (error instanceof RequestRefusedError) {
    params.mentor = mentorReference(error.details, tr);
    const { status } = error.details;
    if (typeof status === 'string' && isRequestStatus(status)) params.status = tr.t(`requests.statuses.${status}`);
  }
  return (tr.t as (key: string, params: MessageParams) => string)(error.key, params);
}

/**
 * One short inline code span with no backtick or control inside (what quotedInput makes): Discord shows
 * it literally, so it needs no escaping, and escaping it would show backslashes inside the code.
 */
function isInertCode(value: string): boolean {
  return value.length <= MAX_REPEATED && /^`[^`\p{Cc}\u202A-\u202E\u2066-\u2069]+`$/u.test(value);
}

function escaped(details: MessageParams): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(details).map(([name, value]) => [
      name,
      typeof value === 'string' && !isInertCode(value) ? userText(value, MAX_REPEATED) : value,
    ]),
  );
}

/** "**Ana** (@Ana)": the name as text beside the mention, since clients may show unloaded mentions as ids. */
function mentorReference(details: MessageParams, tr: Translator): string {
  const { mentorId, mentorName } = details;
  if (mentorId === undefined) return tr.t('requests.refusals.thatMentor');
  if (typeof mentorName === 'string' && mentorName !== '') {
    return `**${userText(mentorName, 64)}** (<@${String(mentorId)}>)`;
  }
  return `<@${String(mentorId)}>`;
}

function isRequestStatus(value: string): value is RequestStatus {
  return (REQUEST_STATUSES as readonly string[]).includes(value);
}
