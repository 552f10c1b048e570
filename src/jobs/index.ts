import type { JobDefinition } from './job.js';
import { mentorshipCheckInSweepJob } from './mentorship-check-in-sweep.job.js';
import { mentorshipFadingEndJob } from './mentorship-fading-end.job.js';
import { mentorshipFadingSweepJob } from './mentorship-fading-sweep.job.js';
import { mentorshipFeedbackAfterEndJob } from './mentorship-feedback-after-end.job.js';
import { mentorshipFeedbackRevealJob } from './mentorship-feedback-reveal.job.js';
import { mentorshipRequestExpiryJob } from './mentorship-request-expiry.job.js';
import { mentorshipRequestNoticeJob } from './mentorship-request-notice.job.js';
import { mentorshipRequestSweepJob } from './mentorship-request-sweep.job.js';
import { mentorshipSpaceOpenJob } from './mentorship-space-open.job.js';
import { mentorshipSpaceReminderJob } from './mentorship-space-reminder.job.js';
import { mentorshipSummaryRefreshJob } from './mentorship-space-refresh.job.js';
import { mentorshipSpaceSweepJob } from './mentorship-space-sweep.job.js';
import { openRequestExpiryJob } from './open-request-expiry.job.js';
import { openRequestSweepJob } from './open-request-sweep.job.js';
import { pauseEndJob } from './pause-end.job.js';
import { reputationRolloverJob } from './reputation-rollover.job.js';
import { roleReconcileJob } from './role-reconcile.job.js';

/** Every job the scheduler runs; a job must be listed here to be scheduled. */
export const jobs: readonly JobDefinition[] = [
  mentorshipRequestExpiryJob,
  mentorshipRequestNoticeJob,
  mentorshipRequestSweepJob,
  mentorshipSpaceOpenJob,
  mentorshipSpaceReminderJob,
  mentorshipSummaryRefreshJob,
  mentorshipSpaceSweepJob,
  openRequestExpiryJob,
  openRequestSweepJob,
  pauseEndJob,
  mentorshipCheckInSweepJob,
  mentorshipFadingSweepJob,
  mentorshipFadingEndJob,
  mentorshipFeedbackAfterEndJob,
  mentorshipFeedbackRevealJob,
  roleReconcileJob,
  reputationRolloverJob,
];
