import type {
  AutocompleteInteraction,
  BaseInteraction,
  ChatInputCommandInteraction,
  Interaction,
  MessageComponentInteraction,
  ModalSubmitInteraction,
} from 'discord.js';
import type { CommandList } from './commandList.js';
import { decodeCustomId } from './customId.js';
import { fitChoices } from './fitChoices.js';
import { wrongPlaceMessage } from './place.js';
import { Responder } from './Responder.js';
import { readInvocation } from './readOptions.js';
import { runGuarded } from './runGuarded.js';
import type { BotDeps, ComponentRoute, ModalRoute } from './types.js';

export interface DispatcherOptions {
  readonly commands: CommandList;
  readonly deps: BotDeps;
  /** When a handler still busy is deferred. Default 2,000 ms: Discord allows 3,000. */
  readonly autoDeferMs?: number;
  /** How long autocomplete may think before it answers with no suggestions. Default 2,500 ms. */
  readonly autocompleteTimeoutMs?: number;
}

export interface Dispatcher {
  /** Handles one interaction to the end; never throws. */
  handle(interaction: Interaction): Promise<void>;
  /** Interactions being handled right now. */
  readonly inFlight: number;
  /** From now on, answer new interactions with "restarting" instead of handling them. */
  close(): void;
  /** Resolves true once nothing is in flight, or false when `timeoutMs` passes first. */
  drain(timeoutMs: number): Promise<boolean>;
}

export const STALE_COMPONENT =
  'This no longer works (the message is from an older session): run the command again.';
export const RESTARTING = 'I am restarting right now: try again in a minute.';

/** Routes interactions to the command list's handlers, answering every one in time. */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { commands, deps } = options;
  const autoDeferMs = options.autoDeferMs ?? 2_000;
  const autocompleteTimeoutMs = options.autocompleteTimeoutMs ?? 2_500;
  const catalog = { commands: commands.commands };
  const running = new Set<Promise<void>>();
  let closed = false;

  const contextLog = (i: BaseInteraction, command: string) =>
    deps.log.child({ interactionId: i.id, command, userId: i.user.id, guildId: i.guildId ?? null });

  async function onCommand(i: ChatInputCommandInteraction): Promise<void> {
    const invocation = readInvocation(i.options.data);
    const fullName = [i.commandName, invocation.path].filter(Boolean).join(' ');
    const log = contextLog(i, fullName);
    const command = commands.get(i.commandName);
    const handler = command?.handlerFor(invocation.path);
    if (!command || !handler) {
      log.warn('unknown command (registration out of date?)');
      await new Responder(i, true).reply(
        `/${fullName} is not available any more. ${STALE_COMPONENT}`,
      );
      return;
    }
    const respond = new Responder(i, handler.ephemeral);
    const wrongPlace = wrongPlaceMessage(command.name, command.place, i.inGuild());
    if (wrongPlace) {
      await respond.reply({ content: wrongPlace, ephemeral: true });
      return;
    }
    const ctx = { interaction: i, user: i.user, deps, catalog, log, respond };
    await runGuarded({ respond, settings: handler, log, autoDeferMs }, () =>
      handler.run(ctx, invocation.options),
    );
  }

  async function onComponentOrModal(
    i: MessageComponentInteraction | ModalSubmitInteraction,
  ): Promise<void> {
    const id = decodeCustomId(i.customId);
    const log = contextLog(i, id ? `${id.feature}:${id.action}` : 'component');
    const command = id ? commands.get(id.feature) : undefined;
    const route = id
      ? (i.isModalSubmit() ? command?.modals : command?.components)?.get(id.action)
      : undefined;
    if (!id || !route) {
      log.info({ customId: i.customId }, 'stale or unknown component');
      await new Responder(i, true).reply({ content: STALE_COMPONENT, ephemeral: true });
      return;
    }
    const settings = {
      ephemeral: route.ephemeral ?? false,
      defer: route.defer ?? false,
      opensModal: route.opensModal ?? false,
    };
    const respond = new Responder(i, settings.ephemeral);
    if (id.owner !== undefined && id.owner !== i.user.id) {
      log.info({ owner: id.owner }, 'component used by someone else');
      const what = i.isButton() ? 'button' : i.isModalSubmit() ? 'form' : 'menu';
      await respond.reply({
        content: `This ${what} belongs to <@${id.owner}>: run the command yourself to get your own.`,
        ephemeral: true,
      });
      return;
    }
    const base = { user: i.user, deps, catalog, log, respond, id };
    await runGuarded({ respond, settings, log, autoDeferMs }, () =>
      i.isModalSubmit()
        ? (route as ModalRoute).run({ ...base, interaction: i })
        : (route as ComponentRoute).run({ ...base, interaction: i }),
    );
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const log = contextLog(i, `${i.commandName} (autocomplete ${focused.name})`);
    try {
      const handler = commands.get(i.commandName)?.autocomplete.get(focused.name);
      if (!handler) {
        await i.respond([]);
        return;
      }
      const invocation = readInvocation(i.options.data);
      const ctx = {
        interaction: i,
        user: i.user,
        deps,
        catalog,
        log,
        path: invocation.path,
        options: invocation.options,
      };
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), autocompleteTimeoutMs);
      });
      const choices = await Promise.race([
        Promise.resolve(handler(ctx, String(focused.value))),
        late,
      ]);
      clearTimeout(timer);
      if (choices === 'late') log.warn('autocomplete too slow: answered with no suggestions');
      await i.respond(choices === 'late' ? [] : fitChoices(choices));
    } catch (error) {
      log.error({ err: error }, 'autocomplete failed');
      if (!i.responded) await i.respond([]).catch(() => undefined);
    }
  }

  async function route(i: Interaction): Promise<void> {
    try {
      if (closed && i.isRepliable()) {
        await new Responder(i, true).reply({ content: RESTARTING, ephemeral: true });
        return;
      }
      if (i.isChatInputCommand()) await onCommand(i);
      else if (i.isAutocomplete()) await onAutocomplete(i);
      else if (i.isMessageComponent() || i.isModalSubmit()) await onComponentOrModal(i);
    } catch (error) {
      // Only the fallback replies above can land here (e.g. the interaction expired).
      deps.log.warn({ err: error, interactionId: i.id }, 'could not answer an interaction');
    }
  }

  return {
    handle(interaction) {
      const task = route(interaction);
      running.add(task);
      return task.finally(() => running.delete(task));
    },
    get inFlight() {
      return running.size;
    },
    close() {
      closed = true;
    },
    async drain(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (running.size > 0) {
        const left = deadline - Date.now();
        if (left <= 0) return false;
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.allSettled([...running]),
          new Promise((resolve) => {
            timer = setTimeout(resolve, left);
          }),
        ]);
        clearTimeout(timer);
      }
      return true;
    },
  };
}
