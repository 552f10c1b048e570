import { RequestRefusedError, type UserError } from '../errors.js';
import { userText } from '../views/format.js';

/** The one place where a typed error becomes words a user reads. */
export function userMessageFor(error: UserError): string {
  const d = error.details;
  switch (error.code) {
    case 'not-found':
      return `I couldn't find ${String(d.what)}.${d.hint ? ` ${String(d.hint)}` : ''}`;
    case 'invalid-input':
      return `**${String(d.field)}**: ${String(d.problem)}`;
    case 'forbidden':
      return `You can't do that: ${String(d.reason)}`;
    case 'conflict':
      return String(d.reason);
    case 'expired-component':
      return EXPIRED_COMPONENT_MESSAGE;
    case 'guild-only':
      return 'This works only inside a server. Run it from a channel of your community.';
    case 'request-refused':
      return error instanceof RequestRefusedError ? requestRefusalMessage(error) : String(d.refusal);
  }
}

function requestRefusalMessage({ refusal, details: d }: RequestRefusedError): string {
  const mentor =
    typeof d.mentorName === 'string' && d.mentorName !== ''
      ? `**${userText(d.mentorName, 64)}** (<@${String(d.mentorId)}>)`
      : d.mentorId === undefined
        ? 'That mentor'
        : `<@${String(d.mentorId)}>`;
  const elsewhere = 'Try another mentor from `/mentors find`.';
  switch (refusal) {
    case 'self':
      return "You can't ask yourself for mentorship.";
    case 'mentor-unavailable':
      return `${mentor} is not taking requests right now. ${elsewhere}`;
    case 'mentor-full':
      return `${mentor} has no free place right now. ${elsewhere}`;
    case 'mentor-left':
      return `${mentor} is no longer on this server. ${elsewhere}`;
    case 'already-mentored':
      return `${mentor} already mentors you.`;
    case 'duplicate':
      return 'You already asked this mentor; their answer is on its way.';
    case 'limit':
      return `You already have ${String(d.max)} requests waiting for an answer. Wait for one, or withdraw one with \`/me requests\`, before asking another mentor.`;
    case 'cooldown':
      return `${mentor} declined your last request. You can ask them again <t:${String(d.until)}:R> (on <t:${String(d.until)}:D>); meanwhile, ${elsewhere.charAt(0).toLowerCase()}${elsewhere.slice(1)}`;
    case 'blocked':
      return `${mentor} is not taking requests from you. ${elsewhere}`;
    case 'already-answered':
      return `This request was already ${String(d.status)}.`;
    case 'mentor-paused':
      return 'You are paused, so you cannot take a mentee now. `/mentor resume` first, then accept.';
    case 'mentor-not-recognised':
      return 'You are not an active mentor on this server (retired, or not approved yet), so you cannot take a mentee.';
    case 'no-free-place':
      return 'All your places are taken. Raise your capacity with `/mentor edit`, or decline this request.';
    case 'mentee-already-yours':
      return 'You already mentor this member; decline this request, or leave it to expire.';
  }
}

export const EXPIRED_COMPONENT_MESSAGE =
  "This button or menu isn't valid any more. Run the command again to get a fresh one.";

export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on our side and it has been logged. Please try again in a minute; if it keeps happening, tell a server admin.';

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable right now; try again in a minute.';

/** When a handler has not answered in time although the database is up (it is slow, or Discord is). */
export const SLOW_ANSWER_MESSAGE =
  'This is taking longer than it should. If nothing else appears here, try again in a minute.';
