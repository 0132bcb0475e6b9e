import { ApplicationCommandType } from 'discord-api-types/v10';
import { ApiError, apiErrors } from '../errors.js';
import { validateCommand } from '../validate/commands.js';
import { FormErrors, isRecord } from '../validate/FormErrors.js';
import type { CommandRecord } from './records.js';
import type { SimState } from './SimState.js';

const MAX_PER_TYPE: Record<number, number> = { 1: 100, 2: 5, 3: 5, 4: 1 };

/** Commands of one scope: global (`guildId` null) or one guild's. */
export function commandsIn(state: SimState, guildId: string | null): CommandRecord[] {
  return [...state.commands.values()].filter((command) => (command.guild_id ?? null) === guildId);
}

function build(
  state: SimState,
  body: Record<string, unknown>,
  guildId: string | null,
  existing: CommandRecord | undefined,
): CommandRecord {
  const type =
    (body.type as ApplicationCommandType | undefined) ?? ApplicationCommandType.ChatInput;
  const contexts = Array.isArray(body.contexts) ? (body.contexts as number[]) : null;
  return {
    id: existing?.id ?? state.ids.next(),
    application_id: state.applicationId,
    version: state.ids.next(),
    type,
    name: body.name as string,
    name_localizations: (body.name_localizations as Record<string, string> | undefined) ?? null,
    description: typeof body.description === 'string' ? body.description : '',
    description_localizations:
      (body.description_localizations as Record<string, string> | undefined) ?? null,
    ...(Array.isArray(body.options) && body.options.length > 0 ? { options: body.options } : {}),
    default_member_permissions:
      (body.default_member_permissions as string | null | undefined) ?? null,
    ...(guildId ? { guild_id: guildId } : { dm_permission: body.dm_permission !== false }),
    contexts: contexts as CommandRecord['contexts'],
    integration_types: (Array.isArray(body.integration_types)
      ? body.integration_types
      : [0]) as CommandRecord['integration_types'],
    nsfw: body.nsfw === true,
  } as CommandRecord;
}

function assertValid(bodies: unknown[], list: boolean): Record<string, unknown>[] {
  const errors = new FormErrors();
  const seen = new Set<string>();
  const records = bodies.map((body, index) => {
    const path = list ? [index] : [];
    if (!isRecord(body)) {
      errors.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return {};
    }
    validateCommand(errors, path, body);
    const key = `${String(body.type ?? 1)}:${String(body.name)}`;
    if (list && seen.has(key)) {
      errors.add(
        [...path, 'name'],
        'APPLICATION_COMMANDS_DUPLICATE_NAME',
        'Application command names must be unique',
      );
    }
    seen.add(key);
    return body;
  });
  if (!errors.empty) throw apiErrors.invalidFormBody(errors.tree);
  return records;
}

function assertWithinLimits(commands: { type?: unknown }[]): void {
  const counts = new Map<number, number>();
  for (const command of commands) {
    const type = typeof command.type === 'number' ? command.type : 1;
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  for (const [type, count] of counts) {
    const max = MAX_PER_TYPE[type] ?? 100;
    if (count > max) {
      throw new ApiError(400, {
        code: 30032,
        message: `Maximum number of application commands reached (${max})`,
      });
    }
  }
}

/** PUT: the list replaces the scope; commands keep their ids when name and type match. */
export function overwriteCommands(
  state: SimState,
  guildId: string | null,
  body: unknown,
): CommandRecord[] {
  if (!Array.isArray(body))
    throw apiErrors.invalidFormBody({
      _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Value must be an array.' }],
    });
  const bodies = assertValid(body, true);
  assertWithinLimits(bodies);
  const previous = commandsIn(state, guildId);
  for (const command of previous) state.commands.delete(command.id);
  const next = bodies.map((entry) => {
    const existing = previous.find((c) => c.name === entry.name && c.type === (entry.type ?? 1));
    const record = build(state, entry, guildId, existing);
    state.commands.set(record.id, record);
    return record;
  });
  state.emit('commands', guildId);
  return next;
}

/** POST: creates, or replaces the command of the same name and type (200 instead of 201). */
export function upsertCommand(
  state: SimState,
  guildId: string | null,
  body: unknown,
): { record: CommandRecord; created: boolean } {
  const [entry] = assertValid([body], false) as [Record<string, unknown>];
  const scope = commandsIn(state, guildId);
  const existing = scope.find((c) => c.name === entry.name && c.type === (entry.type ?? 1));
  if (!existing) assertWithinLimits([...scope, entry]);
  const record = build(state, entry, guildId, existing);
  state.commands.set(record.id, record);
  state.emit('commands', guildId);
  return { record, created: !existing };
}

/** PATCH: merges the sent fields into the command and validates the result. */
export function patchCommand(
  state: SimState,
  command: CommandRecord,
  body: unknown,
): CommandRecord {
  const merged = { ...command, ...(isRecord(body) ? body : {}) } as Record<string, unknown>;
  assertValid([merged], false);
  const record = build(state, merged, command.guild_id ?? null, command);
  state.commands.set(record.id, record);
  state.emit('commands', command.guild_id ?? null);
  return record;
}
