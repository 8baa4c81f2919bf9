import type { Metadata } from 'next';
import Link from 'next/link';
import { Announcer } from '@/components/relationships/announcer';
import { buttonClasses } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { cx } from '@/components/ui/cx';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { today as todayIn } from '@/lib/dates';
import { type FollowUpScope, scopesFor } from '@/lib/relationships/access';
import { loadFollowUpsPage } from '@/lib/relationships/loaders';
import { followUpView } from '@/lib/relationships/view';
import { FollowUpList } from './follow-up-list';

export const metadata: Metadata = { title: 'Follow-ups' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const scopeLabels: Record<FollowUpScope, string> = {
  mine: 'Mine',
  'my-partners': 'On partners I look after',
  everyone: 'Everyone’s',
};

function first(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}

export default async function FollowUpsPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  const scopes = scopesFor(ctx.role);
  if (scopes.length === 0) return <NoAccess what="follow-ups" who="staff, managers and admins" />;
  const params = await searchParams;
  const asked = first(params.who) as FollowUpScope | undefined;
  const scope = asked && scopes.includes(asked) ? asked : 'mine';
  const now = new Date();
  const { people, person, lists, workers } = await loadFollowUpsPage(ctx, {
    scope,
    person: first(params.person) ?? '',
    now,
  });
  const today = todayIn(ctx.timeZone, now);
  const view = (items: typeof lists.overdue) => items.map((item) => followUpView(item, today, ctx.timeZone));
  const showAssignee = scope !== 'mine';
  const sections = [
    { id: 'overdue', title: 'Overdue', items: view(lists.overdue), empty: 'Nothing overdue.' },
    {
      id: 'this-week',
      title: 'This week',
      hint: 'Due today or in the next six days.',
      items: view(lists.thisWeek),
      empty: 'Nothing due this week.',
    },
    { id: 'later', title: 'Later', items: view(lists.later), empty: 'Nothing planned further ahead.' },
    {
      id: 'done',
      title: 'Done in the last two weeks',
      items: view(lists.done),
      empty: 'Nothing marked done lately.',
    },
  ];
  const whose =
    scope === 'mine'
      ? 'yours'
      : scope === 'my-partners'
        ? 'on the partners you are liaison for'
        : person
          ? `${people.find((p) => p.value === person)?.label}’s`
          : 'everyone’s';

  return (
    <>
      <PageHeader
        title={scope === 'mine' ? 'My follow-ups' : 'Follow-ups'}
        description={`What needs doing next with partners: ${whose}. Mark them done, snooze them or hand them on.`}
      />
      {scopes.length > 1 ? (
        <nav aria-label="Whose follow-ups" className="mb-6 flex flex-wrap items-end gap-2">
          {scopes.map((option) => (
            <Link
              key={option}
              href={option === 'mine' ? '/follow-ups' : `/follow-ups?who=${option}`}
              aria-current={option === scope ? 'page' : undefined}
              className={cx(
                buttonClasses(option === scope ? 'primary' : 'secondary', 'sm'),
                option === scope ? 'pointer-events-none' : '',
              )}
            >
              {scopeLabels[option]}
            </Link>
          ))}
          {scope === 'everyone' ? (
            <form method="get" action="/follow-ups" className="flex flex-wrap items-end gap-2 sm:ml-4">
              <input type="hidden" name="who" value="everyone" />
              <div className="space-y-1">
                <label htmlFor="follow-up-person" className="block text-sm font-medium text-ink">
                  Person
                </label>
                <select
                  id="follow-up-person"
                  name="person"
                  defaultValue={person}
                  className="block rounded-md border border-stone-300 bg-white px-3 py-1.5 text-base sm:text-sm"
                >
                  <option value="">Everyone</option>
                  {people.map((p) => (
                    <option key={p.value} value={p.value}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className={buttonClasses('secondary', 'sm')}>
                Show
              </button>
            </form>
          ) : null}
        </nav>
      ) : null}
      <Announcer className="mb-4 text-sm font-medium text-emerald-800" />
      <div className="space-y-6">
        {sections.map((section) => (
          <Card key={section.id} aria-labelledby={`${section.id}-heading`}>
            <CardTitle id={`${section.id}-heading`}>
              {section.title} <span className="font-normal text-muted">({section.items.length})</span>
            </CardTitle>
            {section.hint ? <p className="text-sm text-muted">{section.hint}</p> : null}
            <FollowUpList
              items={section.items}
              label={section.title}
              people={workers}
              showAssignee={showAssignee}
              empty={section.empty}
            />
          </Card>
        ))}
      </div>
    </>
  );
}
