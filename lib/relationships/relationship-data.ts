import 'server-only';
import type { Db } from '@/db/client';
import type { AuthContext } from '@/lib/auth/context';
import { addDays, formatDay, storedDay, today as todayIn } from '@/lib/dates';
import { stageLabels } from '@/lib/partners/vocabulary';
import { daysSince, healthOf } from './health';
import { getHealthCadence, listMemberOptions, partnerFollowUps, partnerTimeline } from './queries';
import type { TimelineItem } from './timeline-types';
import { followUpView } from './view';
import { interactionKindLabels } from './vocabulary';

/** Everything the partner page's relationship sections show, as plain data. */
export async function relationshipData(
  db: Db,
  ctx: AuthContext,
  partner: { id: string; lastInteractionAt: Date | null },
  now = new Date(),
) {
  const [cadence, timeline, followUps, members, workers] = await Promise.all([
    getHealthCadence(db, ctx),
    partnerTimeline(db, ctx, partner.id),
    partnerFollowUps(db, ctx, partner.id),
    listMemberOptions(db, ctx),
    listMemberOptions(db, ctx, { workersOnly: true }),
  ]);
  const items: TimelineItem[] = timeline.map((entry) => {
    const dayText = formatDay(entry.day);
    if (entry.type === 'interaction') {
      return {
        type: 'interaction',
        id: entry.id,
        version: entry.version,
        kind: entry.kind,
        kindLabel: interactionKindLabels[entry.kind],
        day: entry.day,
        dayText,
        note: entry.note,
        participantIds: entry.participants.map((p) => p.id),
        participantNames: entry.participants.map((p) => p.name),
        loggedBy: entry.loggedBy,
        fromInterview: entry.interviewId !== null,
      };
    }
    if (entry.type === 'interview') {
      return {
        type: 'interview',
        id: entry.id,
        day: entry.day,
        dayText,
        guideName: entry.guideName,
        statusLabel: entry.status === 'complete' ? 'Complete' : 'Draft',
        intervieweeName: entry.intervieweeName,
      };
    }
    return {
      type: 'stage',
      id: entry.id,
      day: entry.day,
      dayText,
      fromLabel: entry.fromStage ? stageLabels[entry.fromStage] : null,
      toLabel: stageLabels[entry.toStage],
      note: entry.note,
      by: entry.by,
    };
  });
  const today = todayIn(ctx.timeZone, now);
  return {
    health: {
      level: healthOf(partner.lastInteractionAt, cadence, today),
      days: daysSince(partner.lastInteractionAt, today),
      cadence,
      lastText: partner.lastInteractionAt ? formatDay(storedDay(partner.lastInteractionAt)) : null,
    },
    timeline: items,
    followUps: {
      open: followUps.open.map((f) => followUpView(f, today, ctx.timeZone)),
      done: followUps.done.map((f) => followUpView(f, today, ctx.timeZone)),
    },
    members,
    workers,
    today,
    defaultDue: addDays(today, 7),
  };
}

export type RelationshipData = Awaited<ReturnType<typeof relationshipData>>;
