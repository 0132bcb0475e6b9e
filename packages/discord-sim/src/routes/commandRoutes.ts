import { apiErrors } from '../errors.js';
import type { RouteContext, RouteDef } from '../http/router.js';
import { botGuild } from '../state/botAccess.js';
import { commandsIn, overwriteCommands, patchCommand, upsertCommand } from '../state/commands.js';
import type { CommandRecord } from '../state/records.js';

/** The scope a route addresses: global, or a guild the bot is in. */
function scope({ state, params }: RouteContext): string | null {
  if (params.application_id !== state.applicationId) throw apiErrors.missingAccess();
  if (params.guild_id === undefined) return null;
  return botGuild(state, params.guild_id).id;
}

function findCommand(context: RouteContext): CommandRecord {
  const guildId = scope(context);
  const command = context.state.commands.get(context.params.command_id ?? '');
  if (!command || (command.guild_id ?? null) !== guildId) throw apiErrors.unknownCommand();
  return command;
}

function stripLocalizations(command: CommandRecord, keep: boolean): CommandRecord {
  if (keep) return command;
  const { name_localizations: _n, description_localizations: _d, ...rest } = command;
  return rest as CommandRecord;
}

function routesFor(base: string): RouteDef[] {
  return [
    {
      method: 'GET',
      path: base,
      auth: 'bot',
      handler: (context) => {
        const keep = context.query.get('with_localizations') === 'true';
        const list = commandsIn(context.state, scope(context)).map((c) =>
          stripLocalizations(c, keep),
        );
        return { status: 200, body: list };
      },
    },
    {
      method: 'PUT',
      path: base,
      auth: 'bot',
      handler: (context) => ({
        status: 200,
        body: overwriteCommands(context.state, scope(context), context.body.json),
      }),
    },
    {
      method: 'POST',
      path: base,
      auth: 'bot',
      handler: (context) => {
        const { record, created } = upsertCommand(context.state, scope(context), context.body.json);
        return { status: created ? 201 : 200, body: record };
      },
    },
    {
      method: 'GET',
      path: `${base}/:command_id`,
      auth: 'bot',
      handler: (context) => ({ status: 200, body: findCommand(context) }),
    },
    {
      method: 'PATCH',
      path: `${base}/:command_id`,
      auth: 'bot',
      handler: (context) => ({
        status: 200,
        body: patchCommand(context.state, findCommand(context), context.body.json),
      }),
    },
    {
      method: 'DELETE',
      path: `${base}/:command_id`,
      auth: 'bot',
      handler: (context) => {
        const command = findCommand(context);
        context.state.commands.delete(command.id);
        context.state.emit('commands', command.guild_id ?? null);
        return { status: 204 };
      },
    },
  ];
}

export const commandRoutes: RouteDef[] = [
  ...routesFor('/applications/:application_id/commands'),
  ...routesFor('/applications/:application_id/guilds/:guild_id/commands'),
];
