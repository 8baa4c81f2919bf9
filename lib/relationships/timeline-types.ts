/** The partner's timeline as plain data for the client (see lib/relationships/queries.ts). */
export type TimelineItem =
  | {
      type: 'interaction';
      id: string;
      version: number;
      kind: string;
      kindLabel: string;
      day: string;
      dayText: string;
      note: string;
      participantIds: string[];
      participantNames: string[];
      loggedBy: string | null;
      fromInterview: boolean;
    }
  | {
      type: 'interview';
      id: string;
      day: string;
      dayText: string;
      guideName: string;
      statusLabel: string;
      intervieweeName: string;
    }
  | {
      type: 'stage';
      id: string;
      day: string;
      dayText: string;
      fromLabel: string | null;
      toLabel: string;
      note: string;
      by: string | null;
    };
