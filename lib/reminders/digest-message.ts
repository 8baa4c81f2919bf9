import { formatDay, formatDayWithWeekday } from '@/lib/dates';
import { escapeHtml } from '@/lib/mail/html';
import type { DigestContent, DigestFollowUp } from './digest-content';
import { absoluteLink } from './links';

type Links = { origin: string; unsubscribe: string };
type Line = { text: string; href: string };
type Section = { title: string; lines: Line[]; more: string | null; intro?: string };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function followUpLines(rows: DigestFollowUp[], origin: string): Line[] {
  return rows.map((row) => ({
    text: `${row.description}${row.partnerName ? ` (${row.partnerName})` : ''}, due ${formatDayWithWeekday(row.dueOn)}`,
    href: absoluteLink(origin, row.partnerId ? `/partners/${row.partnerId}` : '/follow-ups'),
  }));
}

function sections(content: DigestContent, origin: string): Section[] {
  const out: Section[] = [];
  const more = (total: number, shown: number, path: string) =>
    total > shown ? `and ${total - shown} more: ${absoluteLink(origin, path)}` : null;
  if (content.overdueTotal) {
    out.push({
      title: `Overdue follow-ups (${content.overdueTotal})`,
      lines: followUpLines(content.overdue, origin),
      more: more(content.overdueTotal, content.overdue.length, '/follow-ups'),
    });
  }
  if (content.thisWeekTotal) {
    out.push({
      title: `Due in the next seven days (${content.thisWeekTotal})`,
      lines: followUpLines(content.thisWeek, origin),
      more: more(content.thisWeekTotal, content.thisWeek.length, '/follow-ups'),
    });
  }
  if (content.coolingTotal) {
    out.push({
      title: `Your partners turning cold (${content.coolingTotal})`,
      lines: content.cooling.map((p) => ({
        text: `${p.name}: ${p.lastContactOn ? `last contact ${formatDay(p.lastContactOn)}` : 'no contact yet'}`,
        href: absoluteLink(origin, `/partners/${p.id}`),
      })),
      more: more(content.coolingTotal, content.cooling.length, '/partners'),
    });
  }
  if (content.referralsWaiting) {
    out.push({
      title: 'Referrals waiting for you',
      lines: [
        {
          text: `${plural(content.referralsWaiting, 'referral')} from your interviews not yet followed up`,
          href: absoluteLink(origin, '/interviews/referrals'),
        },
      ],
      more: null,
    });
  }
  if (content.branch) {
    const where = content.branch.scope === 'branch' ? 'Your branch' : 'Your library';
    out.push({
      title: `${where} at a glance`,
      lines: [
        {
          text: `${plural(content.branch.overdue, 'follow-up')} overdue`,
          href: absoluteLink(origin, '/follow-ups'),
        },
        {
          text: `${plural(content.branch.cooling, 'partner')} turning cold`,
          href: absoluteLink(origin, '/dashboard'),
        },
      ],
      more: null,
    });
  }
  return out;
}

/** The digest as an e-mail: subject, a plain text part and an HTML part, every link absolute. */
export function digestMessage(
  content: DigestContent,
  who: { name: string; orgName: string; frequency: 'daily' | 'weekly' },
  links: Links,
) {
  const parts = sections(content, links.origin);
  const counts = [
    content.overdueTotal ? `${content.overdueTotal} overdue` : null,
    content.thisWeekTotal ? `${content.thisWeekTotal} due this week` : null,
    content.coolingTotal ? `${plural(content.coolingTotal, 'partner')} cooling` : null,
  ].filter(Boolean);
  const subject = `Partner Atlas ${who.frequency === 'daily' ? 'today' : 'this week'}: ${counts.join(', ') || 'your summary'}`;
  const settings = absoluteLink(links.origin, '/account');
  const footer = `You get this ${who.frequency} digest from Partner Atlas at ${who.orgName}. Change how often: ${settings}\nUnsubscribe: ${links.unsubscribe}`;
  const text = [
    `Hello ${who.name},`,
    `Here is what needs you, as of ${formatDayWithWeekday(content.today)}.`,
    ...parts.map((s) =>
      [s.title, ...s.lines.map((l) => `- ${l.text}\n  ${l.href}`), s.more ?? ''].filter(Boolean).join('\n'),
    ),
    footer,
  ].join('\n\n');
  const e = escapeHtml;
  const html = [
    `<p>Hello ${e(who.name)},</p>`,
    `<p>Here is what needs you, as of ${e(formatDayWithWeekday(content.today))}.</p>`,
    ...parts.map(
      (s) =>
        `<h2 style="font-size:16px">${e(s.title)}</h2><ul>${s.lines.map((l) => `<li><a href="${e(l.href)}">${e(l.text)}</a></li>`).join('')}</ul>${s.more ? `<p>${e(s.more)}</p>` : ''}`,
    ),
    `<hr><p style="font-size:12px;color:#555">You get this ${who.frequency} digest from Partner Atlas at ${e(who.orgName)}. <a href="${e(settings)}">Change how often</a> · <a href="${e(links.unsubscribe)}">Unsubscribe</a></p>`,
  ].join('\n');
  return { subject, text, html };
}
