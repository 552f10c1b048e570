import type { EmulatorCore } from '../../core.js';
import type { RouteDefinition } from '../router.js';
import { applicationRoutes } from './applications.js';
import { channelRoutes } from './channels.js';
import { commandRoutes } from './commands.js';
import { emojiRoutes } from './emojis.js';
import { gatewayRoutes } from './gateway.js';
import { interactionRoutes } from './interactions.js';
import { memberRoutes } from './members.js';
import { messageRoutes } from './messages.js';
import { permissionOverwriteRoutes } from './permission-overwrites.js';
import { pinRoutes } from './pins.js';
import { roleRoutes } from './roles.js';
import { scheduledEventRoutes } from './scheduled-events.js';
import { threadRoutes } from './threads.js';
import { userRoutes } from './users.js';

export function allRoutes(core: EmulatorCore, gatewayUrl: string): RouteDefinition[] {
  return [
    ...gatewayRoutes(gatewayUrl),
    ...userRoutes(core),
    ...applicationRoutes(core),
    ...commandRoutes(core),
    ...interactionRoutes(core),
    ...pinRoutes(core),
    ...messageRoutes(core),
    ...channelRoutes(core),
    ...permissionOverwriteRoutes(core),
    ...threadRoutes(core),
    ...memberRoutes(core),
    ...roleRoutes(core),
    ...emojiRoutes(core),
    ...scheduledEventRoutes(core),
  ];
}
