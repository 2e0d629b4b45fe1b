import { GuildMember, type APIInteractionGuildMember } from 'discord.js';
import { z } from 'zod';

/** An interaction's member as Discord sends it when discord.js has not cached the guild: its role ids. */
const apiMemberSchema = z.object({ roles: z.array(z.string()) });

/** Whether the member who clicked has the role (the experts' role, for "Mark resolved"). */
export function hasRole(member: GuildMember | APIInteractionGuildMember | null, roleId: string): boolean {
  if (!member) return false;
  if (member instanceof GuildMember) return member.roles.cache.has(roleId);
  const parsed = apiMemberSchema.safeParse(member);
  return parsed.success && parsed.data.roles.includes(roleId);
}
