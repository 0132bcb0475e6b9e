import { InteractionContextType } from 'discord.js';
import type { ChatInputDefinition } from './optionTypes.js';

/** Where a command may be used: read from its definition's `contexts`, so there is one source. */
export type Place = 'guild' | 'dm' | 'anywhere';

export function placeOf(definition: ChatInputDefinition): Place {
  const contexts = definition.contexts ?? [];
  const guild = contexts.includes(InteractionContextType.Guild);
  const dm = contexts.includes(InteractionContextType.BotDM);
  if (guild && !dm) return 'guild';
  if (dm && !guild) return 'dm';
  return 'anywhere';
}

/** The private answer for a command used in the wrong place, or undefined when the place is right. */
export function wrongPlaceMessage(
  name: string,
  place: Place,
  inGuild: boolean,
): string | undefined {
  if (place === 'guild' && !inGuild) {
    return `/${name} works only in a server: run it in a channel of a server I am in.`;
  }
  if (place === 'dm' && inGuild) {
    return `/${name} works only in a direct message with me: open my profile, choose Message, and run it there.`;
  }
  return undefined;
}
