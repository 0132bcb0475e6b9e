import type { DiscordSim, SimUser } from '@certpace/discord-sim';

/** `count` users, each a member of the sim's server (so the bot may DM them). */
export function simMembers(sim: DiscordSim, count: number, prefix: string): SimUser[] {
  return Array.from({ length: count }, (_, i) => {
    const user = sim.createUser({ username: `${prefix}${i}` });
    sim.addMember(sim.guild.id, user);
    return user;
  });
}
