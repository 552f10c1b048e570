export const thanks = {
  name: 'thanks',
  description: 'Thank a member who helped you',
  options: {
    user: { name: 'user', description: 'Who helped you' },
    reason: { name: 'reason', description: 'What for (shown with your thanks)' },
  },
  message: { name: 'Thank for this help' },
} as const;
