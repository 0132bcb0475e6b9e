import { InteractionResponseType as Callback, MessageFlags } from 'discord-api-types/v10';
import { apiErrors } from '../errors.js';
import type { ParsedBody } from '../http/body.js';
import { createMessage, deleteMessage, editMessage } from '../messages/messageStore.js';
import type { InteractionRecord, MessageRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { validateMessagePayload } from '../validate/messagePayload.js';
import { responseFields, responseMessageType } from './responseMessages.js';

/** The interaction behind `/webhooks/{app}/{token}`; 10015 once the token is unknown or 15 minutes old. */
export function interactionForWebhook(
  state: SimState,
  applicationId: string,
  token: string,
): InteractionRecord {
  const interaction = state.interactionsByToken.get(token);
  if (
    applicationId !== state.applicationId ||
    !interaction ||
    state.now() - interaction.createdAt > state.options.interactionTokenTtlMs
  ) {
    throw apiErrors.unknownWebhook();
  }
  return interaction;
}

/** `@original` or one of this interaction's followups. */
export function webhookMessage(
  state: SimState,
  interaction: InteractionRecord,
  messageId: string,
): MessageRecord {
  const id = messageId === '@original' ? interaction.originalMessageId : messageId;
  const own =
    id !== null && (id === interaction.originalMessageId || interaction.followupIds.includes(id));
  const record = own ? state.messages.get(id) : undefined;
  if (!record || record.deleted) throw apiErrors.unknownMessage();
  return record;
}

const isLoading = (record: MessageRecord | undefined) =>
  record !== undefined &&
  !record.deleted &&
  ((record.message.flags ?? 0) & MessageFlags.Loading) !== 0;

/**
 * A followup. Needs an answered interaction (10015 before). After a
 * deferred reply still "thinking", the first followup becomes the reply,
 * keeping the deferral's visibility, as Discord does.
 */
export function createFollowup(
  state: SimState,
  interaction: InteractionRecord,
  body: ParsedBody,
): MessageRecord {
  const callback = interaction.callback;
  if (
    !callback ||
    callback.type === Callback.ApplicationCommandAutocompleteResult ||
    callback.type === Callback.Modal
  ) {
    throw apiErrors.unknownWebhook();
  }
  const input = validateMessagePayload(body.json, 'interaction');
  const original = interaction.originalMessageId
    ? state.messages.get(interaction.originalMessageId)
    : undefined;
  if (
    callback.type === Callback.DeferredChannelMessageWithSource &&
    original &&
    isLoading(original)
  ) {
    const edited = editMessage(
      state,
      original,
      { ...input, flags: (input.flags ?? 0) & ~MessageFlags.Ephemeral },
      body.files,
    );
    state.emit('interaction', interaction);
    return edited;
  }
  const ephemeral = ((input.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  const record = createMessage(state, {
    channel: state.requireChannel(interaction.channelId),
    author: state.botUser,
    input: { ...input, flags: (input.flags ?? 0) & ~MessageFlags.Ephemeral },
    files: body.files,
    type: responseMessageType(interaction),
    visibleTo: ephemeral ? interaction.userId : null,
    extra: responseFields(state, interaction, true),
    interactionId: interaction.id,
  });
  interaction.followupIds.push(record.message.id);
  state.emit('interaction', interaction);
  return record;
}

export function editWebhookMessage(
  state: SimState,
  interaction: InteractionRecord,
  messageId: string,
  body: ParsedBody,
): MessageRecord {
  const record = webhookMessage(state, interaction, messageId);
  const input = validateMessagePayload(body.json, 'edit');
  const edited = editMessage(state, record, input, body.files);
  state.emit('interaction', interaction);
  return edited;
}

export function deleteWebhookMessage(
  state: SimState,
  interaction: InteractionRecord,
  messageId: string,
): void {
  deleteMessage(state, webhookMessage(state, interaction, messageId));
  state.emit('interaction', interaction);
}
