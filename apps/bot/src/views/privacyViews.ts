import type { LearnerView } from '@certpace/study';
import type { APIEmbed } from 'discord.js';
import { fitEmbed } from '../messages/embeds.js';
import { COLORS } from './format.js';

/** What others may see of the learner. */
export function visibilityEmbed(privacy: LearnerView['privacy'], changed: boolean): APIEmbed {
  return fitEmbed({
    title: changed ? 'Privacy choices saved' : 'Your privacy choices',
    color: COLORS.plan,
    fields: [
      {
        name: 'Leaderboards',
        value: privacy.showOnLeaderboard
          ? 'Shown: your group-quiz points appear on /leaderboard.'
          : 'Hidden: you are left out of /leaderboard.',
      },
      {
        name: 'Your progress',
        value: privacy.shareProgress
          ? 'Shared: members can see it with /progress user:you.'
          : 'Private: only you can see your /progress.',
      },
    ],
    footer: 'Change them with /privacy visibility leaderboard: progress:',
  });
}

export const DELETE_WARNING = [
  'This deletes everything certpace stores about you: your profile, plans and tasks, quiz answers, score reports, review cards, reports, reminders and streak.',
  'Group quizzes you took part in stay for the others, without you. It cannot be undone; /privacy export first keeps a copy.',
].join('\n\n');

export const confirmDeleteEmbed = (): APIEmbed =>
  fitEmbed({
    title: 'Delete all your certpace data?',
    description: DELETE_WARNING,
    color: COLORS.danger,
  });
