import type { Command } from './defineCommand.js';
import type { ChatInputDefinition } from './optionTypes.js';

/** The commands of one bot, built once and used for both registration and dispatch. */
export interface CommandList {
  readonly commands: readonly Command[];
  get(name: string): Command | undefined;
  /** The JSON bodies to register with Discord, in list order. */
  definitions(): ChatInputDefinition[];
}

export function createCommandList(commands: readonly Command[]): CommandList {
  const byName = new Map<string, Command>();
  for (const command of commands) {
    if (byName.has(command.name)) throw new Error(`two commands are named /${command.name}`);
    byName.set(command.name, command);
  }
  return {
    commands,
    get: (name) => byName.get(name),
    definitions: () => commands.map((c) => c.definition),
  };
}
