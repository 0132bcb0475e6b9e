import type {
  Attachment,
  CommandInteractionOption,
  ApplicationCommandOptionType as OptionType,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  User,
} from 'discord.js';

/** A slash command's JSON definition, as Discord takes it. */
export type ChatInputDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The part of an option definition the types below read. */
interface OptionShape {
  readonly type: OptionType;
  readonly name: string;
  readonly required?: boolean;
  readonly autocomplete?: boolean;
  readonly choices?: readonly { readonly value: string | number }[];
  readonly options?: readonly OptionShape[];
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type BaseValue<K> = K extends OptionType.String
  ? string
  : K extends OptionType.Integer | OptionType.Number
    ? number
    : K extends OptionType.Boolean
      ? boolean
      : K extends OptionType.User
        ? User
        : K extends OptionType.Channel
          ? NonNullable<CommandInteractionOption['channel']>
          : K extends OptionType.Role
            ? NonNullable<CommandInteractionOption['role']>
            : K extends OptionType.Mentionable
              ? User | NonNullable<CommandInteractionOption['role']>
              : K extends OptionType.Attachment
                ? Attachment
                : never;

type ChoiceValue<O> = O extends { readonly choices: readonly { readonly value: infer V }[] }
  ? V
  : never;

/** The value a handler receives for one option: its choices' values when it has choices. */
export type OptionValue<O extends OptionShape> = [ChoiceValue<O>] extends [never]
  ? BaseValue<O['type']>
  : ChoiceValue<O>;

/** `{ name: value }` for a list of leaf options; required ones are required keys. */
export type OptionValues<Options> = Options extends readonly OptionShape[]
  ? Simplify<
      {
        [O in Options[number] as O extends { readonly required: true }
          ? O['name']
          : never]: OptionValue<O>;
      } & {
        [O in Options[number] as O extends { readonly required: true }
          ? never
          : O['name']]?: OptionValue<O>;
      }
    >
  : Record<string, never>;

type TopOptions<D> = D extends { readonly options: readonly (infer O)[] } ? O : never;

type LeafOptionsOf<S> = S extends { readonly options: infer X } ? X : undefined;

type GroupEntries<G> = G extends {
  readonly name: infer GroupName extends string;
  readonly options: readonly (infer S)[];
}
  ? S extends { readonly type: OptionType.Subcommand; readonly name: infer Name extends string }
    ? { readonly key: `${GroupName} ${Name}`; readonly options: LeafOptionsOf<S> }
    : never
  : never;

type SubcommandEntries<D> =
  TopOptions<D> extends infer O
    ? O extends { readonly type: OptionType.Subcommand; readonly name: infer Name extends string }
      ? { readonly key: Name; readonly options: LeafOptionsOf<O> }
      : O extends { readonly type: OptionType.SubcommandGroup }
        ? GroupEntries<O>
        : never
    : never;

/** For a command with subcommands: `'list' | 'info' | 'group sub'` mapped to each one's option values. */
export type SubcommandOptions<D> = {
  [E in SubcommandEntries<D> as E['key']]: OptionValues<E['options']>;
};

export type HasSubcommands<D> = [SubcommandEntries<D>] extends [never] ? false : true;

/** The option values of a command without subcommands. */
export type CommandOptions<D> = OptionValues<
  D extends { readonly options: infer X } ? X : undefined
>;

type AllOptions<O> = O extends { readonly options: readonly (infer C)[] } ? O | AllOptions<C> : O;

/** Names of the options, at any depth, that have `autocomplete: true`. */
export type AutocompleteOptionNames<D> =
  AllOptions<TopOptions<D>> extends infer O
    ? O extends { readonly autocomplete: true; readonly name: infer N extends string }
      ? N
      : never
    : never;
