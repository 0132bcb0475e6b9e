import type { DueReminder } from '@certpace/study';
import { describe, expect, it } from 'vitest';
import { deliveryNonce } from './nonce.js';
import { reminderMessage } from './reminderMessage.js';

const user = '123456789012345678';

function due(exams: string[]): DueReminder {
  return {
    deliveryId: '0b6f3a62-2f7e-4c55-9a51-7d2e9d1f3c44',
    attempt: 1,
    leaseUntil: new Date('2026-05-04T05:01:00Z'),
    learnerId: 'l',
    discordUserId: user,
    localUserKey: null,
    displayName: 'Ana',
    localDate: '2026-05-04',
    timezone: 'Europe/Berlin',
    day: {
      date: '2026-05-04',
      timezone: 'Europe/Berlin',
      tasks: [],
      totalMinutes: 0,
      doneMinutes: 0,
      pending: 0,
      streak: { current: 0, best: 0, studiedToday: false, lastStudyDay: null, keepBy: null },
      exams,
    },
    channelId: '223456789012345678',
    guildId: '323456789012345678',
    lines: ['Hi Ana! You have no active study plan; make one to get daily tasks.'],
  };
}

describe('the reminder message', () => {
  it('uses the delivery id as a 22-character nonce, the same on every attempt', () => {
    const nonce = deliveryNonce(due([]).deliveryId);
    expect(nonce).toHaveLength(22);
    expect(deliveryNonce(due([]).deliveryId)).toBe(nonce);
  });

  it('pings nobody in a DM, and only the learner when it goes to their channel', () => {
    expect(reminderMessage(due([]), 'dm')).toEqual({
      content: 'Hi Ana! You have no active study plan; make one to get daily tasks.',
      allowedMentions: { users: [] },
    });
    const posted = reminderMessage(due(['AI-103@2026-04']), 'channel');
    expect(posted.content).toMatch(new RegExp(`^<@${user}> Hi Ana!`));
    expect(posted.allowedMentions).toEqual({ users: [user] });
    expect(posted.embeds?.[0]?.title).toBe('Today · Mon 4 May');
  });
});
