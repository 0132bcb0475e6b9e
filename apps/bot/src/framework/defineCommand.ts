import { ApplicationCommandOptionType } from 'discord.js';
import type {
  AutocompleteOptionNames,
  ChatInputDefinition,
  CommandOptions,
  HasSubcommands,
  SubcommandOptions,
} from './optionTypes.js';
import { type Place, placeOf } from './place.js';
import type {
  AnswerSettings,
  AutocompleteHandler,
  CommandHandler,
  ComponentRoute,
  ModalRoute,
} from './types.js';

/** A handler alone, or with its own answer settings (e.g. one private subcommand). */
export type HandlerEntry<Options> =
  | CommandHandler<Options>
  | (AnswerSettings & { readonly run: CommandHandler<Options> });

/** `run` is one handler, or one per subcommand (`{ list, info }`), typed from the definition. */
export type RunSpec<D> =
  HasSubcommands<D> extends true
    ? { readonly [K in keyof SubcommandOptions<D>]: HandlerEntry<SubcommandOptions<D>[K]> }
    : HandlerEntry<CommandOptions<D>>;

export interface CommandSpec<D extends ChatInputDefinition> extends AnswerSettings {
  /** The JSON Discord registers, `as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody`. */
  readonly definition: D;
  readonly run: NoInfer<RunSpec<D>>;
  /** Suggestions per option name (options with `autocomplete: true`). */
  readonly autocomplete?: NoInfer<{
    readonly [N in AutocompleteOptionNames<D>]: AutocompleteHandler;
  }>;
  /** Buttons and select menus whose custom id has this command's name as feature, by action. */
  readonly components?: Readonly<Record<string, ComponentRoute>>;
  /** Modals whose custom id has this command's name as feature, by action. */
  readonly modals?: Readonly<Record<string, ModalRoute>>;
}

interface ResolvedHandler extends Required<AnswerSettings> {
  readonly run: CommandHandler<Record<string, unknown>>;
}

/** A command as the dispatcher and the registration see it, its option types erased. */
export interface Command {
  readonly name: string;
  readonly definition: ChatInputDefinition;
  readonly place: Place;
  /** The handler for a subcommand path (`'info'`, `'group sub'`), or for the command itself. */
  handlerFor(path: string | undefined): ResolvedHandler | undefined;
  readonly autocomplete: ReadonlyMap<string, AutocompleteHandler>;
  readonly components: ReadonlyMap<string, ComponentRoute>;
  readonly modals: ReadonlyMap<string, ModalRoute>;
}

function resolve(entry: unknown, defaults: AnswerSettings): ResolvedHandler | undefined {
  const settings = typeof entry === 'function' ? {} : (entry as AnswerSettings & { run?: unknown });
  const run = typeof entry === 'function' ? entry : (entry as { run?: unknown } | undefined)?.run;
  if (typeof run !== 'function') return undefined;
  return {
    run: run as CommandHandler<Record<string, unknown>>,
    ephemeral: settings.ephemeral ?? defaults.ephemeral ?? false,
    defer: settings.defer ?? defaults.defer ?? false,
    opensModal: settings.opensModal ?? defaults.opensModal ?? false,
  };
}

/**
 * One slash command: its definition and its handlers side by side. The
 * handlers' option types come from the definition (`const D`), so a renamed
 * option or a missing subcommand handler is a compile error.
 */
export function defineCommand<const D extends ChatInputDefinition>(spec: CommandSpec<D>): Command {
  const { definition, run } = spec;
  const single = !(definition.options ?? []).some(
    (o) =>
      o.type === ApplicationCommandOptionType.Subcommand ||
      o.type === ApplicationCommandOptionType.SubcommandGroup,
  );
  const handlers = new Map<string | undefined, ResolvedHandler>();
  if (single) {
    const handler = resolve(run, spec);
    if (handler) handlers.set(undefined, handler);
  } else {
    for (const [path, entry] of Object.entries(run as Record<string, unknown>)) {
      const handler = resolve(entry, spec);
      if (handler) handlers.set(path, handler);
    }
  }
  return {
    name: definition.name,
    definition,
    place: placeOf(definition),
    handlerFor: (path) => handlers.get(path),
    autocomplete: new Map(
      Object.entries(spec.autocomplete ?? {}) as [string, AutocompleteHandler][],
    ),
    components: new Map(Object.entries(spec.components ?? {})),
    modals: new Map(Object.entries(spec.modals ?? {})),
  };
}
