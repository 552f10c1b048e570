export { startDiscordEmulator, DiscordEmulator } from './emulator.js';
export type { DiscordEmulatorOptions, GatewayControl, PrivilegedIntentName } from './emulator.js';
export type { WaitOptions } from './change-notifier.js';
export type { EmulatorClock } from './clock.js';
export type { DiscordState } from './state/discord-state.js';
export type * from './state/records.js';
export type { GatewayFrameRecord } from './gateway/gateway-server.js';
export type { RouteMatcher, RouteCall } from './rest/faults.js';
export type { OptionValue } from './interactions/command-options.js';
export type { InteractionHandle, InteractionReply, MessageView } from './interactions/interaction-handle.js';
export type {
  AutocompleteInput,
  CommandInput,
  ComponentInput,
  ModalSubmitInput,
  SelectInput,
} from './interactions/interaction-driver.js';
export type { UserMessageInput, VoiceStateInput } from './events/user-activity.js';
export type {
  AddMemberOptions,
  CreateChannelOptions,
  CreateGuildOptions,
  CreateRoleOptions,
  CreateUserOptions,
} from './world/world-builder.js';
