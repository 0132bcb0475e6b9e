import { ButtonStyle, ComponentType, InteractionType } from 'discord-api-types/v10';
import { SimUsageError } from '../errors.js';
import type { InteractionRecord, MessageRecord, UserRecord } from '../state/records.js';
import type { SimState } from '../state/SimState.js';
import { roleToApi, userToApi } from '../state/serialize.js';
import { isRecord } from '../validate/FormErrors.js';
import { createInteraction, resolveLocation } from './createInteraction.js';

export type MessageRef = string | { id: string };

/** Every component of a message, rows and containers walked through. */
export function componentsOf(message: { components?: unknown[] }): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (items: unknown): void => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (!isRecord(item)) continue;
      found.push(item);
      walk(item.components);
      if (isRecord(item.accessory)) found.push(item.accessory);
    }
  };
  walk(message.components);
  return found;
}

/** A message the user can see and act on (ephemeral ones only by their owner). */
export function visibleMessage(state: SimState, user: UserRecord, ref: MessageRef): MessageRecord {
  const id = typeof ref === 'string' ? ref : ref.id;
  const record = state.messages.get(id);
  if (!record || record.deleted)
    throw new SimUsageError(`message ${id} does not exist (or was deleted)`);
  if (record.visibleTo !== null && record.visibleTo !== user.id) {
    throw new SimUsageError(
      `${user.username} cannot see message ${id}: it is ephemeral for someone else`,
    );
  }
  resolveLocation(state, user, { channelId: record.message.channel_id });
  return record;
}

function findComponent(
  record: MessageRecord,
  customId: string,
  user: UserRecord,
): Record<string, unknown> {
  const component = componentsOf(record.message).find((c) => c.custom_id === customId);
  if (!component) {
    const ids = componentsOf(record.message)
      .map((c) => c.custom_id)
      .filter((id) => typeof id === 'string');
    throw new SimUsageError(
      `message ${record.message.id} has no component "${customId}" (custom ids: ${ids.join(', ') || 'none'})`,
    );
  }
  if (component.disabled === true)
    throw new SimUsageError(`${user.username} cannot use "${customId}": it is disabled`);
  return component;
}

/** A user clicks a button (not a link or premium one: those never reach the bot). */
export function clickButton(
  state: SimState,
  user: UserRecord,
  ref: MessageRef,
  customId: string,
): InteractionRecord {
  const record = visibleMessage(state, user, ref);
  const component = findComponent(record, customId, user);
  if (component.type !== ComponentType.Button)
    throw new SimUsageError(`"${customId}" is not a button`);
  if (component.style === ButtonStyle.Link || component.style === ButtonStyle.Premium) {
    throw new SimUsageError(`"${customId}" is a link or premium button; it sends no interaction`);
  }
  const channel = state.requireChannel(record.message.channel_id);
  return createInteraction(state, {
    user,
    channel,
    type: InteractionType.MessageComponent,
    data: {
      custom_id: customId,
      component_type: ComponentType.Button,
      ...(component.id !== undefined ? { id: component.id } : {}),
    },
    summary: `clicked [${String(component.label ?? customId)}]`,
    sourceMessage: record,
  });
}

/** A user picks values in a select menu and closes it. */
export function selectMenu(
  state: SimState,
  user: UserRecord,
  ref: MessageRef,
  customId: string,
  values: string[],
): InteractionRecord {
  const record = visibleMessage(state, user, ref);
  const component = findComponent(record, customId, user);
  const type = component.type as number;
  if (![3, 5, 6, 7, 8].includes(type))
    throw new SimUsageError(`"${customId}" is not a select menu`);
  const min = typeof component.min_values === 'number' ? component.min_values : 1;
  const max = typeof component.max_values === 'number' ? component.max_values : 1;
  if (values.length < min || values.length > max) {
    throw new SimUsageError(`"${customId}" takes ${min} to ${max} values, not ${values.length}`);
  }
  const data: Record<string, unknown> = { custom_id: customId, component_type: type, values };
  if (component.id !== undefined) data.id = component.id;
  if (type === ComponentType.StringSelect) {
    const allowed = new Set(
      (Array.isArray(component.options) ? component.options : []).map((o) =>
        isRecord(o) ? o.value : undefined,
      ),
    );
    const unknown = values.filter((value) => !allowed.has(value));
    if (unknown.length > 0)
      throw new SimUsageError(`"${customId}" has no option ${unknown.join(', ')}`);
  } else {
    data.resolved = resolveSelected(state, record, values);
  }
  const channel = state.requireChannel(record.message.channel_id);
  return createInteraction(state, {
    user,
    channel,
    type: InteractionType.MessageComponent,
    data,
    summary: `chose ${values.join(', ')} in ${String(component.placeholder ?? customId)}`,
    sourceMessage: record,
  });
}

function resolveSelected(
  state: SimState,
  record: MessageRecord,
  values: string[],
): Record<string, unknown> {
  const guild = state.guilds.get(state.channels.get(record.message.channel_id)?.guildId ?? '');
  const users: Record<string, unknown> = {};
  const roles: Record<string, unknown> = {};
  const channels: Record<string, unknown> = {};
  for (const value of values) {
    const user = state.users.get(value);
    const role = guild?.roles.get(value);
    const channel = state.channels.get(value);
    if (user) users[value] = userToApi(user);
    else if (role) roles[value] = roleToApi(role);
    else if (channel)
      channels[value] = {
        id: channel.id,
        name: channel.name,
        type: channel.type,
        permissions: '0',
      };
    else throw new SimUsageError(`no user, role or channel ${value} to select`);
  }
  return { users, roles, channels };
}
