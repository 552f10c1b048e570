import type {
  ButtonInteraction,
  ChannelSelectMenuInteraction,
  MessageComponentInteraction,
  ModalSubmitInteraction,
  RoleSelectMenuInteraction,
  StringSelectMenuInteraction,
  UserSelectMenuInteraction,
} from 'discord.js';
import type { AppContext } from './context.js';
import type { CustomIdRoute, RouteParams } from './custom-id.js';

export interface ComponentInteractionByKind {
  button: ButtonInteraction;
  'string-select': StringSelectMenuInteraction;
  'user-select': UserSelectMenuInteraction;
  'role-select': RoleSelectMenuInteraction;
  'channel-select': ChannelSelectMenuInteraction;
  modal: ModalSubmitInteraction;
}
export type ComponentKind = keyof ComponentInteractionByKind;

/** Handlers that update the message they sit on, or open a modal, answer themselves (`none`). */
export type ComponentDeferMode = 'ephemeral' | 'none';

export interface ComponentHandler<K extends ComponentKind = ComponentKind, R extends CustomIdRoute = CustomIdRoute> {
  readonly kind: K;
  readonly route: R;
  readonly defer: ComponentDeferMode;
  handle(interaction: ComponentInteractionByKind[K], params: RouteParams<R>, ctx: AppContext): Promise<void>;
}

export function defineComponent<K extends ComponentKind, R extends CustomIdRoute>(
  handler: ComponentHandler<K, R>,
): ComponentHandler<K, R> {
  return handler;
}

export function componentKindOf(interaction: MessageComponentInteraction | ModalSubmitInteraction): ComponentKind {
  if (interaction.isModalSubmit()) return 'modal';
  if (interaction.isButton()) return 'button';
  if (interaction.isStringSelectMenu()) return 'string-select';
  if (interaction.isUserSelectMenu()) return 'user-select';
  if (interaction.isRoleSelectMenu()) return 'role-select';
  if (interaction.isChannelSelectMenu()) return 'channel-select';
  throw new Error(`Unsupported component type ${String(interaction.componentType)}`);
}
