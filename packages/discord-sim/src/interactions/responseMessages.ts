import { type APIMessage, InteractionType, MessageType } from 'discord-api-types/v10';
import type { InteractionRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { userToApi } from '../state/serialize.js';
import { isRecord } from '../validate/FormErrors.js';

/** `plan create` for `/plan create`, from the dispatched data. */
export function commandPath(interaction: InteractionRecord): string | undefined {
  if (interaction.type !== InteractionType.ApplicationCommand) return undefined;
  const data = interaction.payload.data as Record<string, unknown>;
  const names = [String(data.name)];
  let options = data.options;
  while (
    Array.isArray(options) &&
    isRecord(options[0]) &&
    (options[0].type === 1 || options[0].type === 2)
  ) {
    names.push(String(options[0].name));
    options = options[0].options;
  }
  return names.join(' ');
}

/** The fields Discord puts on messages an interaction's webhook creates. */
export function responseFields(
  state: SimState,
  interaction: InteractionRecord,
  followup: boolean,
): Partial<APIMessage> {
  const user = userToApi(state.requireUser(interaction.userId));
  const name = commandPath(interaction);
  const owners = interaction.payload.authorizing_integration_owners as Record<string, string>;
  return {
    webhook_id: state.applicationId,
    application_id: state.applicationId,
    interaction_metadata: {
      id: interaction.id,
      type: interaction.type,
      user,
      authorizing_integration_owners: owners,
      ...(name ? { name, command_type: 1 } : {}),
      ...(followup && interaction.originalMessageId
        ? { original_response_message_id: interaction.originalMessageId }
        : {}),
      ...(interaction.sourceMessageId
        ? { interacted_message_id: interaction.sourceMessageId }
        : {}),
    } as NonNullable<APIMessage['interaction_metadata']>,
    interaction: { id: interaction.id, type: interaction.type, name: name ?? '', user },
  };
}

export function responseMessageType(interaction: InteractionRecord): MessageType {
  return interaction.type === InteractionType.ApplicationCommand
    ? MessageType.ChatInputCommand
    : MessageType.Default;
}
